-- Daily aggregates of the helpdesk requests, read by the monitoring (dashboard, exports' totals, statistics API)
-- instead of the requests themselves. One row per Brussels day x line x bassin x channel x profession x kind x set of
-- themes (themes as the request's sorted theme codes, space separated, so that a theme filter and the co-occurrence of
-- themes stay exact), with the number of requests, of unmet needs and the minutes spent; and one row per day x the
-- same dimensions x directory service proposed. 'NONE' stands for a value not recorded. Drafts are not counted.
-- Kept up to date in the transaction that saves, edits, transfers or closes a request; rebuilt by
-- StatisticsAggregates.rebuild() after bulk loads. Every change of a row takes a new number from
-- helpdesk_stat_change_seq, so that each application instance can bring its copy up to date incrementally.

create sequence helpdesk_stat_change_seq;

-- One row: writers lock it first (so aggregate changes are numbered in commit order); a rebuild increments generation.
create table helpdesk_stat_state (
	id integer primary key check (id = 1),
	generation bigint not null default 0
);
insert into helpdesk_stat_state (id) values (1);

create table helpdesk_stat_day (
	id bigserial primary key,
	day date not null,
	line_code text not null,
	bassin text not null,
	channel text not null,
	profession text not null,
	kind text not null,
	themes text not null,
	requests integer not null,
	unmet integer not null,
	minutes bigint not null,
	change bigint not null default nextval('helpdesk_stat_change_seq'),
	unique (day, line_code, bassin, channel, profession, kind, themes)
);
create index helpdesk_stat_day_change_idx on helpdesk_stat_day (change);

create table helpdesk_stat_orientation (
	id bigserial primary key,
	day date not null,
	line_code text not null,
	bassin text not null,
	channel text not null,
	profession text not null,
	kind text not null,
	themes text not null,
	service_id uuid not null,
	requests integer not null,
	change bigint not null default nextval('helpdesk_stat_change_seq'),
	unique (day, line_code, bassin, channel, profession, kind, themes, service_id)
);
create index helpdesk_stat_orientation_change_idx on helpdesk_stat_orientation (change);

-- The name shown for a service in the ranking of orientations.
create table helpdesk_stat_service (
	service_id uuid primary key,
	name text not null
);

insert into helpdesk_stat_day (day, line_code, bassin, channel, profession, kind, themes, requests, unmet, minutes)
select (r.received_at at time zone 'Europe/Brussels')::date, coalesce(r.line_code, 'NONE'), coalesce(r.bassin, 'NONE'),
	r.channel, coalesce(r.profession, 'NONE'), coalesce(r.kind, 'NONE'), coalesce(t.themes, ''), count(*),
	count(*) filter (where r.unmet_need), coalesce(sum(r.minutes_spent), 0)
from helpdesk_request r
left join (select request_id, string_agg(theme_code, ' ' order by theme_code) as themes
	from helpdesk_request_theme group by request_id) t on t.request_id = r.id
where r.status <> 'DRAFT'
group by 1, 2, 3, 4, 5, 6, 7
order by 1;

insert into helpdesk_stat_orientation (day, line_code, bassin, channel, profession, kind, themes, service_id, requests)
select (r.received_at at time zone 'Europe/Brussels')::date, coalesce(r.line_code, 'NONE'), coalesce(r.bassin, 'NONE'),
	r.channel, coalesce(r.profession, 'NONE'), coalesce(r.kind, 'NONE'), coalesce(t.themes, ''), o.service_id, count(*)
from helpdesk_request r
join helpdesk_orientation o on o.request_id = r.id
left join (select request_id, string_agg(theme_code, ' ' order by theme_code) as themes
	from helpdesk_request_theme group by request_id) t on t.request_id = r.id
where r.status <> 'DRAFT'
group by 1, 2, 3, 4, 5, 6, 7, 8
order by 1;

insert into helpdesk_stat_service (service_id, name)
select service_id, max(service_name) from helpdesk_orientation group by service_id;
