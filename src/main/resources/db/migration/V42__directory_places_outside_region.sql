-- Directory exchange: an imported package may hold places outside the Brussels-Capital Region (a partner's
-- list, the official HSDS example). Such a place is kept without a territory placement: no commune, any postcode.
-- A place with a commune still has a Brussels postcode; coordinates stay within the Region's box (the import drops
-- unusable or outside coordinates and says so in its report).
alter table location alter column commune_nis drop not null;
alter table location drop constraint location_postcode_check;
alter table location add constraint location_postcode_check
	check (postcode <> '' and (commune_nis is null or postcode ~ '^1[0-2][0-9]{2}$'));
