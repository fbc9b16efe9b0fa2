-- Indexes on the events module's foreign keys that had none (ForeignKeyIndexTests lists them
-- from the catalogue): erasing a past event's registrants deletes their attendance through
-- event_attendance.registration_id, a community's page reads its members, meetings and
-- attendance, and deleting an event, a request, a community or a member no longer scans the
-- tables that refer to it.
create index event_request_id_idx on event (request_id);
create index event_request_event_idx on event_request (event_id);
create index event_attendance_registration_idx on event_attendance (registration_id);
create index community_member_community_idx on community_member (community_id);
create index community_meeting_community_idx on community_meeting (community_id);
create index community_attendance_member_idx on community_attendance (member_id);
