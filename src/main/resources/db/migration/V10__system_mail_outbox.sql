-- The transactional mail outbox shared by every module: a message is stored in the same transaction as the change
-- that causes it, then sent (and retried) by a job that runs once across instances.
create table mail_message (
	id uuid primary key,
	created_at timestamptz not null default now(),
	recipient text not null,
	subject text not null,
	body_text text not null,
	body_html text,
	language text not null default 'fr',
	reference_type text,
	reference_id text,
	status text not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
	attempts integer not null default 0,
	next_attempt_at timestamptz not null default now(),
	last_error text,
	sent_at timestamptz
);
create index mail_message_due_idx on mail_message (next_attempt_at) where status = 'PENDING';
create index mail_message_reference_idx on mail_message (reference_type, reference_id);
