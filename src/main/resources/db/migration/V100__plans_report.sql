-- The annual report of a year (issue 22): its status from draft to published, each step with who and when.
-- A year without a row is a draft computed live from the plans and the records.
create table plans_report (
    year integer primary key check (year between 2000 and 2100),
    status varchar(16) not null check (status in ('DRAFT', 'SUBMITTED', 'REVIEWED', 'APPROVED', 'PUBLISHED')),
    changed_at timestamptz not null,
    changed_by varchar(320) not null
);

create table plans_report_status_change (
    id uuid primary key,
    year integer not null references plans_report (year),
    from_status varchar(16) not null,
    to_status varchar(16) not null,
    changed_at timestamptz not null,
    changed_by varchar(320) not null
);

create index plans_report_status_change_year on plans_report_status_change (year, changed_at);
