-- A roster's score and unassigned count as of its last saved plan, so its status survives a restart.
alter table roster add column score varchar(100);
alter table roster add column unassigned integer;
-- Rosters planned before: the unassigned count is in their visits; the score comes with the next solve.
update roster set unassigned = (select count(*) from visit v where v.roster_id = roster.id and v.team_id is null)
    where status <> 'DRAFT';
