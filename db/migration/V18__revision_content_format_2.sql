-- Revisions keep the office's content in format 2: the number of its format inside
-- ("schema"), and no office address ("slug", which is no content). Format 1 had neither
-- number nor anything else that differs. The application refuses a revision in another
-- format rather than read it with values missing. Safe to run again: it changes only
-- revisions without a number.
update office_revision
set content = jsonb_build_object('schema', 2) || (content - 'slug')
where content -> 'schema' is null;
