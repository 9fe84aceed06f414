-- Residents can say, with the problem report form, that the website is hard to use: the
-- accessibility statement's written way to give feedback.
alter table problem_report drop constraint problem_report_topic_check;
alter table problem_report add constraint problem_report_topic_check
    check (topic in ('WRONG_PHONE', 'WRONG_ADDRESS', 'CLOSED_OR_MOVED', 'ACCESSIBILITY', 'OTHER'));
