-- Approval freezes the report: the figures and texts as they were (JSON of the generated annexes). A later
-- correction is an erratum with its reason, shown with the report; the snapshot itself never changes.
create table plans_report_snapshot (
    year integer primary key references plans_report (year),
    content jsonb not null,
    taken_at timestamptz not null,
    taken_by varchar(320) not null
);

create table plans_report_erratum (
    id uuid primary key,
    year integer not null references plans_report (year),
    value_key varchar(600) not null,
    old_value numeric,
    new_value numeric not null,
    reason text not null check (length(btrim(reason)) > 0),
    made_at timestamptz not null,
    made_by varchar(320) not null
);

create index plans_report_erratum_year on plans_report_erratum (year, made_at);

create or replace function plans_report_snapshot_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'an approved report''s snapshot does not change; make an erratum';
end $$;

create trigger plans_report_snapshot_frozen before update on plans_report_snapshot
    for each row execute function plans_report_snapshot_frozen();
