-- Narrower service rows for the search: a search reads the row of every hit it ranks or counts, of which it needs only
-- small columns (status, area, the names and ranking vectors, kept in the row by V13). With the default target
-- (about 2 kB), a row kept its large values (the vector of all words, names and descriptions in every language)
-- inline, about 3 kB; from 256 bytes on they go to the TOAST table, read only for the 20 hits of a page. Rows written
-- from now on (a measured directory of 100,000 services: 1.6 times fewer heap pages, so more of them stay in cache);
-- existing rows keep their layout until they are next written.
alter table service set (toast_tuple_target = 256);
