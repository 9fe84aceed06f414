-- The longest name, read by the search at each question: a text longer than it by more than
-- the two letters forgiven is no misspelt name, and is not compared with the names.
create index search_term_length on search_term (length(bare));
