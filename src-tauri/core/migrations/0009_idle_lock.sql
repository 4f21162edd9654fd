-- How long the app may stay open without use before it locks itself, as the user chose it in
-- Settings. A table of its own (one row) rather than a key of `settings`, whose CHECK names its
-- keys: the choices are checked here too, so no tool can set a longer time than the app offers.
CREATE TABLE idle_lock (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    minutes INTEGER NOT NULL CHECK (minutes IN (5, 10, 15, 30))
) STRICT;
