-- An elder's time window for every visit ("14:00"-"17:00"); null: any time of the home-visit hours.
alter table elder add column visit_window_start time;
alter table elder add column visit_window_end time;

-- Dated changes of an elder's visit times, in force from effective_from until the next one.
create table elder_visit_times (
    elder_id       bigint      not null references elder (id) on delete cascade,
    effective_from date        not null,
    window_start   time,
    window_end     time,
    visit_weekdays varchar(80),
    primary key (elder_id, effective_from)
);
