#!/usr/bin/env bash
# Adds a migration to BOTH provider sets: bash src/Platform/Persistence/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?migration name}
dotnet tool restore >/dev/null
for p in Sqlite PostgreSql; do
  dotnet tool run dotnet-ef migrations add "$name" --context "${p}PlatformDbContext" \
    --output-dir "Persistence/Migrations/$p" --namespace "RentToOwn.Platform.Persistence.Migrations.$p"
  # dotnet-ef places the snapshot by namespace; keep it beside its migrations.
  if [ -d RentToOwn ]; then
    find RentToOwn -name '*ModelSnapshot.cs' -exec mv {} "Persistence/Migrations/$p/" \;
    rm -rf RentToOwn
  fi
done
