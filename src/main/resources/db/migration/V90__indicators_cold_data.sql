-- "Cold data": figures the platform does not produce, imported from CSV (population and others per commune or
-- bassin), each dataset with its source and year.
create table indicator_cold_dataset (
	id bigint generated always as identity primary key,
	code text not null check (code ~ '^[a-z][a-z0-9_.-]{1,59}$'),
	year smallint not null check (year between 1900 and 2100),
	name_fr text not null,
	name_nl text not null,
	source text not null check (btrim(source) <> ''),
	unit text,
	imported_by text not null,
	imported_at timestamptz not null default now(),
	unique (code, year)
);

create table indicator_cold_value (
	dataset_id bigint not null references indicator_cold_dataset (id) on delete cascade,
	area_type text not null check (area_type in ('COMMUNE', 'BASSIN', 'REGION')),
	area text not null,
	value numeric(16, 2) not null,
	primary key (dataset_id, area_type, area)
);
