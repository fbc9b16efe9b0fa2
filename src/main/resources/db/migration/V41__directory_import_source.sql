-- Directory exchange: where an imported service comes from (the HSDS package's source) and whether it is
-- managed elsewhere (the source is the reference; edits here are overwritten by the next import).
alter table service add column import_source text;
alter table service add column managed_elsewhere boolean not null default false;
create index service_import_source_idx on service (import_source) where import_source is not null;
