-- Indicators in the manner of DHIS2: a numerator metric divided by a denominator metric (or by nothing), times a
-- factor, with its unit, direction, period type, aggregation and disaggregation. Metrics are referred to by code
-- (they are computed by the application, not stored).
create table indicator_definition (
	code text primary key check (code ~ '^[a-z][a-z0-9_.-]{1,59}$'),
	name_fr text not null check (btrim(name_fr) <> ''),
	name_nl text not null check (btrim(name_nl) <> ''),
	name_en text,
	numerator text not null,
	denominator text,
	factor numeric(12, 4) not null default 1 check (factor <> 0),
	unit text not null check (unit in ('NUMBER', 'PERCENT', 'PER_THOUSAND', 'RATIO')),
	high_is_good boolean not null default true,
	period_type text not null default 'YEARLY' check (period_type in ('YEARLY')),
	aggregation text not null check (aggregation in ('SUM', 'DISTINCT_COUNT', 'LAST', 'AVERAGE')),
	disaggregation text not null default 'NONE' check (disaggregation in ('NONE', 'BASSIN')),
	changed_by text not null,
	changed_at timestamptz not null default now()
);
