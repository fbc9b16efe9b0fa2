-- Plans (issue 22): the colour legend of the dashboards' deliverables, as an editor sets it
-- for a year: a deliverable whose actual reaches reached_percent of its target is
-- "reached", from close_percent "close", below "behind". A year without a row uses the
-- latest earlier year's, else 100 and 75.
create table plans_dashboard_threshold (
	year int primary key,
	reached_percent int not null check (reached_percent between 1 and 1000),
	close_percent int not null check (close_percent between 0 and 1000),
	changed_at timestamptz not null,
	changed_by text not null,
	check (close_percent < reached_percent)
);
