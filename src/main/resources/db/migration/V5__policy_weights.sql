-- A center's constraint weights for its rosters, by constraint name ("50000soft"); absent means the default.
create table policy_weight (
    policy_id bigint       not null references visit_policy (id) on delete cascade,
    name      varchar(100) not null,
    weight    varchar(40)  not null,
    primary key (policy_id, name)
);
