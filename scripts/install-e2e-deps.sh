#!/usr/bin/env bash
# Installs what the end-to-end tests (npm run test:e2e) check outputs with: LibreOffice to lay
# out the DOCX as an evaluator's Word would, poppler to read PDFs and draw pages as PNG, qpdf to
# check the structure of the PDFs we write,
# and the Noto CJK fonts with a fontconfig alias, so that 宋体/SimSun and 黑体/SimHei in our
# documents are drawn by a Chinese serif and sans (without it LibreOffice falls back to a
# Japanese sans). Needs root and Debian's package archive; does nothing when all is there.
set -euo pipefail
# Root installs directly; anyone else through sudo, when there is one.
sudo=()
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then sudo=(sudo); fi
need=()
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v qpdf >/dev/null || need+=(qpdf)
fc-list 2>/dev/null | grep -q 'Noto Serif CJK' || need+=(fonts-noto-cjk fonts-noto-cjk-extra)
if ((${#need[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig >/dev/null
fi
alias_file=/etc/fonts/conf.d/65-aftercare-cjk.conf
if [ ! -f "$alias_file" ]; then
  "${sudo[@]}" tee "$alias_file" >/dev/null <<'XML'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<!-- aftercare: the Windows names Chinese tenders use, drawn by Noto CJK. -->
<fontconfig>
  <alias binding="same"><family>SimSun</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimHei</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
XML
  "${sudo[@]}" fc-cache -f >/dev/null
fi
