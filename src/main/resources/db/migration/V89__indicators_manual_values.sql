-- A value typed in for what no record holds, or the form a figure is printed in ("30aine", "+35"), for a metric, a
-- year and a territory ('ALL' for the whole), always with its reason; every change is in the audit log.
create table indicator_manual_value (
	id bigint generated always as identity primary key,
	metric text not null,
	year smallint not null check (year between 2000 and 2100),
	territory text not null,
	value numeric(14, 2) check (value >= 0),
	exactness text not null default 'EXACT' check (exactness in ('EXACT', 'ABOUT', 'AT_LEAST')),
	printed text check (char_length(printed) <= 40),
	reason text not null check (btrim(reason) <> ''),
	entered_by text not null,
	entered_at timestamptz not null default now(),
	check (value is not null or printed is not null),
	unique (metric, year, territory)
);
