-- What the annual report counts beyond registrations: events given inside a team or an
-- organisation (unlisted, with a headcount), where a request came from, cycles' completion
-- rule, and webinars' replay links.
alter table event add column unlisted boolean not null default false;
alter table event add column headcount int check (headcount between 0 and 100000);
alter table event add column headcount_exactness text check (headcount_exactness in ('EXACT', 'ESTIMATED'));
alter table event add constraint event_headcount_exactness
	check ((headcount is null) = (headcount_exactness is null));
alter table event add column requesting_territory text
	check (requesting_territory in ('REGION', 'NORD', 'NORD_EST', 'SUD', 'SUD_EST', 'CENTRE_OUEST'));
alter table event add column completion_sessions int check (completion_sessions >= 1);
alter table event add column replay_url text;

-- People who completed a cycle, kept with the other counts when registrants are erased.
alter table event_figures add column completed int;
