-- Focus: a repertoire can be linked to an event of the agenda (the yearly Focus live webinar). The event belongs to
-- the events module: referred to by id only, no foreign key; a removed event is simply not shown.
alter table focus_repertoire add column event_id uuid;
