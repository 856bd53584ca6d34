#!/usr/bin/env bash
# Installs what fashionlab needs from Debian/Ubuntu packages: the Fashion-MNIST data and tcmalloc.
# Skips the install when both are already present; uses sudo when not root.
set -euo pipefail
packages=(dataset-fashion-mnist libtcmalloc-minimal4)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if (( ${#missing[@]} )); then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "dependencies present: ${packages[*]}"
