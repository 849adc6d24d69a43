#!/usr/bin/env bash
# Re-vendor the explorer's JavaScript libraries into api/explorer/static/vendor/.
#
# Each package comes from the npm registry at the pinned version below (`npm pack`, no
# install scripts run), and only its minified browser bundle and licence are kept, so the
# server never needs a CDN. Run it after changing a pin, then commit the result:
#   bash scripts/vendor_assets.sh
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/api/explorer/static/vendor"
CYTOSCAPE=3.34.4
YASGUI=4.6.2
SWAGGER_UI=5.35.0
REDOC=2.5.2
WORLD_ATLAS=2.0.2
TOPOJSON_CLIENT=3.1.0

command -v npm >/dev/null || { echo "error: npm is needed to re-vendor the explorer assets" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# unpack NAME VERSION DIR: the package tarball unpacked into $WORK/DIR (its files under package/).
unpack() {
    local tarball
    tarball="$(cd "$WORK" && npm pack --silent "$1@$2" | tail -n 1)"
    mkdir -p "$WORK/$3"
    tar -xzf "$WORK/$tarball" -C "$WORK/$3"
}

# copy SRC DEST: a bundle without its closing sourceMappingURL line (the maps are not shipped);
# only whole lines go, since some bundles build such comments inside their code.
copy() {
    sed -E -e '/^\/\/# sourceMappingURL=[^ ]*$/d' -e '/^\/\*# sourceMappingURL=[^ ]* ?\*\/$/d' "$1" > "$2"
}

# licence DIR PACKAGE VERSION: the package's licence file, or its package.json licence field.
licence() {
    local out="$DEST/$1/LICENSE"
    if [ -f "$WORK/$1/package/LICENSE" ]; then
        cp "$WORK/$1/package/LICENSE" "$out"
    else
        node -e 'const p=require(process.argv[1]); console.log(`${p.name} ${p.version}: ${p.license} licence (package.json; the package ships no licence file).`)' \
            "$WORK/$1/package/package.json" > "$out"
    fi
    echo "$2@$3" > "$DEST/$1/VERSION"
}

rm -rf "$DEST"
mkdir -p "$DEST"/{cytoscape,yasgui,swagger-ui,redoc,world-atlas,topojson-client}

unpack cytoscape "$CYTOSCAPE" cytoscape
copy "$WORK/cytoscape/package/dist/cytoscape.min.js" "$DEST/cytoscape/cytoscape.min.js"
licence cytoscape cytoscape "$CYTOSCAPE"

unpack @zazuko/yasgui "$YASGUI" yasgui
copy "$WORK/yasgui/package/build/yasgui.min.js" "$DEST/yasgui/yasgui.min.js"
copy "$WORK/yasgui/package/build/yasgui.min.css" "$DEST/yasgui/yasgui.min.css"
licence yasgui @zazuko/yasgui "$YASGUI"

unpack swagger-ui-dist "$SWAGGER_UI" swagger-ui
copy "$WORK/swagger-ui/package/swagger-ui-bundle.js" "$DEST/swagger-ui/swagger-ui-bundle.js"
copy "$WORK/swagger-ui/package/swagger-ui.css" "$DEST/swagger-ui/swagger-ui.css"
cp "$WORK/swagger-ui/package/favicon-32x32.png" "$DEST/swagger-ui/"
cp "$WORK/swagger-ui/package/NOTICE" "$DEST/swagger-ui/NOTICE"
licence swagger-ui swagger-ui-dist "$SWAGGER_UI"

unpack redoc "$REDOC" redoc
copy "$WORK/redoc/package/bundles/redoc.standalone.js" "$DEST/redoc/redoc.standalone.js"
# The one address Redoc loads at run time, its footer logo, becomes an empty inline image.
sed -i 's#"https://cdn\.redoc\.ly/redoc/logo-mini\.svg"#"data:image/svg+xml,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27/%3E"#' \
    "$DEST/redoc/redoc.standalone.js"
grep -q 'cdn\.redoc' "$DEST/redoc/redoc.standalone.js" && { echo "error: Redoc still names its CDN" >&2; exit 1; }
cp "$WORK/redoc/package/bundles/redoc.standalone.js.LICENSE.txt" "$DEST/redoc/THIRD-PARTY-LICENSES.txt"
licence redoc redoc "$REDOC"

# Natural Earth country outlines at 1:110m (public domain), as TopoJSON: the map's base layer.
unpack world-atlas "$WORLD_ATLAS" world-atlas
cp "$WORK/world-atlas/package/countries-110m.json" "$DEST/world-atlas/countries-110m.json"
licence world-atlas world-atlas "$WORLD_ATLAS"

unpack topojson-client "$TOPOJSON_CLIENT" topojson-client
copy "$WORK/topojson-client/package/dist/topojson-client.min.js" "$DEST/topojson-client/topojson-client.min.js"
licence topojson-client topojson-client "$TOPOJSON_CLIENT"

du -sh "$DEST"
