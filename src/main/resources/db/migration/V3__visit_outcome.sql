-- What happened on a visit, as the doctor records it.
alter table visit add column missed_reason varchar(32);
alter table visit add column outcome_notes varchar(1000);
alter table visit add column outcome_at timestamp;
