-- Indexes on the helpdesk's foreign keys that had none (ForeignKeyIndexTests lists them from
-- the catalogue): a request's follow-ups and transfers are read on every opening of it, and
-- deleting a request, a shift or a line no longer scans the tables that refer to it.
create index helpdesk_follow_up_request_idx on helpdesk_follow_up (request_id);
create index helpdesk_transfer_request_idx on helpdesk_transfer (request_id);
create index helpdesk_transfer_from_line_idx on helpdesk_transfer (from_line);
create index helpdesk_transfer_to_line_idx on helpdesk_transfer (to_line);
create index helpdesk_shift_swap_shift_idx on helpdesk_shift_swap (shift_id);
