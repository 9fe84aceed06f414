-- An account whose password an administrator set chooses its own at its next sign-in.
alter table staff_account add column must_change_password boolean not null default false;
