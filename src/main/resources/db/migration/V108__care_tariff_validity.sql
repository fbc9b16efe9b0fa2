-- A tariff of a service type is valid from a day to a day (inclusive; no end: valid until further notice). Two tariffs
-- of a type never overlap: the tariffs page answers next to the field, and this exclusion constraint refuses it
-- whoever writes (btree_gist gives the equality of the service type to the GiST index; it is a trusted extension).
create extension if not exists btree_gist;
alter table care_tariff add column valid_to date;
alter table care_tariff add column version integer not null default 0;
alter table care_tariff add constraint care_tariff_period_ck check (valid_to is null or valid_to >= valid_from);
alter table care_tariff add constraint care_tariff_no_overlap_ex
	exclude using gist (service_type with =, daterange(valid_from, valid_to, '[]') with &&);
