#!/bin/sh
# The CPU that building the search index's three FTS5 tables costs in SQLite alone: the texts an archive's
# search index holds are indexed again in a scratch database by the sqlite3 shell, the way FtsSideBuild
# builds them (automerge 0, one optimize per table). A lower bound for any import that builds the index.
# usage: bench/fts5_build_only.sh ARCHIVE.sqlite   (an archive whose search index is built)
set -eu
archive=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
{
    echo "ATTACH '$archive' AS src;"
    echo ".timer on"
    for spec in "search_text body tokenize='trigram'" \
                "search_names name tokenize='unicode61', prefix='1 2 3 4'" \
                "search_terms terms tokenize='unicode61'"; do
        set -- $spec
        table=$1 column=$2
        shift 2
        echo "CREATE VIRTUAL TABLE $table USING fts5($column, $*, detail='none', columnsize=0, content='');"
        echo "INSERT INTO $table($table, rank) VALUES('automerge', 0);"
        echo "INSERT INTO $table(rowid, $column) SELECT id, c0 FROM src.${table}_content;"
        echo "INSERT INTO $table($table) VALUES('optimize');"
    done
} > "$scratch/build.sql"
sqlite3 "$scratch/fts.sqlite" < "$scratch/build.sql"
