#!/usr/bin/env bash
# Imports a schedule.xml into ConfClerk (the Debian package) the way a person does, and prints the path of the SQLite
# database ConfClerk wrote. ConfClerk has no command line: it runs on a private X display (Xvfb), and xdotool opens
# Conferences, presses "+", types the URL and presses Enter, as a person would. Its HOME is a fresh folder, so no
# earlier import is seen.
#   usage: import.sh URL FOLDER   (FOLDER becomes ConfClerk's HOME; the database is under it)
set -euo pipefail
url=$1
home=$2
mkdir -p "$home/runtime"
chmod 700 "$home/runtime"
export HOME=$home XDG_RUNTIME_DIR=$home/runtime XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config

exec {display_fd}<> <(:)
Xvfb -displayfd "$display_fd" -screen 0 1024x768x24 -nolisten tcp >"$home/xvfb.log" 2>&1 &
xvfb=$!
confclerk_pid=
cleanup() { [[ -n $confclerk_pid ]] && kill "$confclerk_pid" 2>/dev/null; kill "$xvfb" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
read -r -t 20 -u "$display_fd" number || { echo "Xvfb did not start: $(cat "$home/xvfb.log")" >&2; exit 1; }
export DISPLAY=:$number

confclerk >"$home/confclerk.log" 2>&1 &
confclerk_pid=$!

window() { # waits for a visible window with this exact name; prints its id
  local id
  id=$(timeout 20 xdotool search --sync --onlyvisible --name "^$1\$" | head -1) || true
  [[ -n $id ]] || { echo "ConfClerk showed no '$1' window; its log: $(cat "$home/confclerk.log")" >&2; return 1; }
  echo "$id"
}

main=$(window ConfClerk)
xdotool windowfocus --sync "$main"
xdotool key alt+o                                   # the "Conferences" action opens the conference editor
editor=$(window "Edit Conferences")
xdotool mousemove --window "$editor" 33 31 click 1  # its "+" button, at the editor's top left, asks for a URL
xdotool windowfocus --sync "$(window "URL Input")"
xdotool type --delay 2 "$url"
xdotool key Return

db=$home/.local/share/Toastfreeware/ConfClerk/ConfClerk.sqlite
# The import is done when the conference row is written and the event count stops moving.
last=-1
for _ in $(seq 1 120); do
  sleep 0.5
  [[ -f $db ]] || continue
  now=$(sqlite3 -readonly "$db" "select (select count(*) from conference) || ':' || (select count(*) from event)" 2>/dev/null || echo busy)
  if [[ $now == "$last" && $now != 0:* && $now != busy ]]; then
    echo "$db"
    exit 0
  fi
  last=$now
done
echo "ConfClerk did not finish importing $url (last count: $last); its log: $(cat "$home/confclerk.log")" >&2
exit 1
