-- Files sent with a message of the outbox (an .ics invitation with a confirmation), stored with it in the same
-- transaction so that a retry or a resend carries them again; and who put a message back in the outbox.
create table mail_attachment (
	message_id uuid not null references mail_message (id) on delete cascade,
	position integer not null,
	file_name text not null check (length(file_name) between 1 and 200),
	content_type text not null,
	content bytea not null,
	primary key (message_id, position)
);
alter table mail_message add column resent_from uuid references mail_message (id) on delete set null;
alter table mail_message add column queued_by text;
