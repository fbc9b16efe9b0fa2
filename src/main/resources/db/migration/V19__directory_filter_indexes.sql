-- The search's filters on languages spoken and audience, written as array containment
-- (s.languages @> array[...]) so that these indexes serve them: the planner then
-- combines them with the index of words instead of reading every hit's row to test the
-- filter (a language spoken by 4 % of the services made a frequent word's count read
-- some 25,000 rows).
create index if not exists service_languages_idx on service using gin (languages);
create index if not exists service_target_groups_idx on service using gin (target_groups);

-- Kept in the row: with the row's target of 256 bytes (V18), the toaster moved even these small arrays to the TOAST
-- table, so that testing them cost a TOAST lookup (four buffer reads) per service. Rows written from now on.
alter table service alter column languages set storage main;
alter table service alter column target_groups set storage main;
