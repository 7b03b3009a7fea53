-- Days of the week an elder can be visited on ("TUESDAY,THURSDAY"); null or empty: any working day.
alter table elder add column visit_weekdays varchar(80);
