-- A center's weights are keyed by the constraint's stable id, not its display sentence, so renaming a
-- constraint for users keeps every center's weights.
update policy_weight set name = 'required-skills' where name = 'Team has the required skills';
update policy_weight set name = 'elder-unavailable' where name = 'Elder available that day';
update policy_weight set name = 'day-not-allowed' where name = 'Day inside the contract';
update policy_weight set name = 'visit-pattern' where name = 'Visit days form an allowed combination';
update policy_weight set name = 'minimum-gap' where name = 'Minimum gap between an elder''s visits';
update policy_weight set name = 'day-capacity' where name = 'Route within the day''s hours and capacity';
update policy_weight set name = 'max-visits' where name = 'Visits per day within the maximum';
update policy_weight set name = 'time-window' where name = 'Visit starts inside its time window';
update policy_weight set name = 'load-capacity' where name = 'Workload points within the day''s capacity';
update policy_weight set name = 'unassigned' where name = 'Unassigned visit';
update policy_weight set name = 'continuity' where name = 'Contracted team makes the visit';
update policy_weight set name = 'travel-time' where name = 'Travel time';
update policy_weight set name = 'even-spacing' where name = 'Visits spread across the month';
update policy_weight set name = 'balanced-days' where name = 'Balanced workload across team days';
update policy_weight set name = 'balanced-teams' where name = 'Balanced workload across teams';
update policy_weight set name = 'preferred-half-day' where name = 'Elder''s preferred half-day';
-- Weights of a constraint that no longer exists would fail every solve of the center.
delete from policy_weight where name not in ('required-skills', 'elder-unavailable', 'day-not-allowed',
    'visit-pattern', 'minimum-gap', 'day-capacity', 'max-visits', 'time-window', 'load-capacity', 'unassigned',
    'continuity', 'travel-time', 'even-spacing', 'balanced-days', 'balanced-teams', 'preferred-half-day');
-- A doctor's account names its team's center, so access checks need no team lookup.
update account set center_id = (select t.center_id from team t where t.id = account.team_id)
    where center_id is null and team_id is not null;
