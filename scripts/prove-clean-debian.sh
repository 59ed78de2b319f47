#!/usr/bin/env bash
# Proves the README's two commands on a clean Debian 12: debootstraps a minimal bookworm
# into a folder, clones this repository into it, and runs scripts/run-sample.sh and
# scripts/test.sh inside the chroot as a newcomer would. Needs root and Debian's mirror.
set -euo pipefail
cd "$(dirname "$0")/.."
root="${1:-/tmp/landslide-clean-debian}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }

cleanup() {
  for m in dev/pts dev proc sys; do umount -l "$root/$m" 2>/dev/null || true; done
}
trap cleanup EXIT

if [ ! -x "$root/usr/bin/apt-get" ]; then
  rm -rf "$root"
  debootstrap --variant=minbase --include=ca-certificates,git,sudo bookworm "$root" "$mirror"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The network's trust, like its resolver: a machine behind a TLS-inspecting proxy has the
# proxy's CA installed locally, and npm in the chroot must trust it too.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  chroot "$root" update-ca-certificates >/dev/null
fi
# As a Debian 12 install has them: updates and security beside the release.
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security} bookworm-security main
EOF
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"

rm -rf "$root/home/landslide"
git clone -q . "$root/home/landslide"
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin CI=true \
  bash -c 'cd /home/landslide && bash scripts/run-sample.sh && ls out/ && bash scripts/test.sh'
echo "prove-clean-debian: both README commands passed in a fresh Debian 12 chroot at $root"
