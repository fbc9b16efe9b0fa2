-- Plans (issue 22): what an action delivers, as written in the plan, with an optional
-- numeric target, the metric that measures it (a code of the indicators registry), or a
-- tick and a document link for a narrative deliverable.
create table plans_deliverable (
	id uuid primary key,
	action_id uuid not null references plans_action (id) on delete cascade,
	position int not null,
	target_text text not null,
	target_value numeric,
	unit text,
	per_bassin boolean not null default false,
	metric_code text,
	done boolean not null default false,
	document_url text
);
create index plans_deliverable_action on plans_deliverable (action_id);
create index plans_deliverable_metric on plans_deliverable (metric_code);
