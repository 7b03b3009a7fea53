-- PostgreSQL only (db/vendor/{vendor}): the database itself keeps an elder to one contract in force on
-- any date, behind the service's check under the elder's row lock. The extension is trusted (PG 13+),
-- so the database owner may create it.
create extension if not exists btree_gist;

do $$
declare
    overlapping text;
begin
    select string_agg(distinct a.elder_id::text, ', ') into overlapping
    from contract a join contract b on a.elder_id = b.elder_id and a.id < b.id
    where daterange(a.start_date, a.end_date, '[]') && daterange(b.start_date, b.end_date, '[]');
    if overlapping is not null then
        raise exception 'elders % have contracts in force at the same time: end or delete one of each pair, then start again',
            overlapping;
    end if;
end $$;

alter table contract add constraint ex_contract_one_in_force
    exclude using gist (elder_id with =, daterange(start_date, end_date, '[]') with &&);

-- Home-visit hours sent with seconds up to 23:59:59.999999999 were stored as 24:00, which reads back as
-- midnight; the service now keeps hours to the minute.
update health_center set visit_end = time '23:59' where visit_end = time '24:00';
