-- Why a visit of a published revision is with another team than the elder's contracted one.
alter table revision_change add column contracted_team_id bigint;
alter table revision_change add column cross_cover_reason varchar(32);
alter table revision_change add column cross_cover_missing_skills varchar(200);
