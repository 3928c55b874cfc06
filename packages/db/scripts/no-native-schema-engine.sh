#!/bin/sh
echo "Plenary applies migrations in process: use 'npm run db:migrate' or 'npm run db:migration -- <name>'." >&2
exit 1
