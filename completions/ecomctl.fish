# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_ecomctl_global_optspecs
    string join \n database-url= meili-url= meili-ca-cert= meili-key= searchable= compress= no-index wait wait-timeout= timeout= o/output= fields= jq= y/yes no-input no-progress color= v/verbose q/quiet log-format= context= index= h/help V/version
end

function __fish_ecomctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_ecomctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_ecomctl_using_subcommand
    set -l cmd (__fish_ecomctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c ecomctl -n "__fish_ecomctl_needs_command" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_needs_command" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -s V -l version -d 'Print version'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -f -a "migrate" -d 'Apply the embedded SQL migrations'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -f -a "products" -d 'Create, inspect, change and delete products'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -f -a "orders" -d 'Create, inspect, change and delete orders'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -f -a "search" -d 'Full-text search over orders in Meilisearch'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -f -a "sync" -d 'Push queued order changes (the outbox) to Meilisearch'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -f -a "reindex" -d 'Rebuild the search index from PostgreSQL with no downtime'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -f -a "index" -d 'Set up, inspect and verify the search index'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -f -a "demo" -d 'Load a sample catalogue and orders, reindex, and show a search'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -f -a "config" -d 'List, show and choose named contexts (database + Meilisearch settings)'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -f -a "man" -d 'Print the man page (roff) to stdout'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -f -a "console" -d 'A terminal UI: find orders as you type, see them whole, move them, watch live'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -f -a "options" -d 'The global options every command takes: connection, search index, output, prompts'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -f -a "doctor" -d 'Check PostgreSQL, the schema, Meilisearch, the index and the outbox'
complete -c ecomctl -n "__fish_ecomctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l status -d 'List applied and pending migrations instead of applying them'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -f -a "create" -d 'Create a product'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -f -a "get" -d 'Show one product'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -f -a "list" -d 'List products, oldest first, a page at a time'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -f -a "update" -d 'Change a product\'s fields or stock (or many products\': a selection)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -f -a "delete" -d 'Delete products (order lines keep their snapshot)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -f -a "import" -d 'Import products from JSON or NDJSON (file or stdin)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -f -a "export" -d 'Export every product as NDJSON (or a JSON array) to stdout'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -f -a "history" -d 'Who changed a product, what and when'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and not __fish_seen_subcommand_from create get list update delete import export history help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l sku -d 'Stock-keeping unit, unique (1–64 characters, no spaces)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l name -d 'Product name' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l price -d 'Price, exact decimal with at most 2 places (e.g. 19.99)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l stock -d 'Units in stock' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l seller-email -d 'E-mail of the seller' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l description -d 'Free-text description' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l manufacturer -d 'Manufacturer' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l stocked-at -d 'Warehouse or location where the product is stocked' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l seller-email -l seller -d 'Only products of this seller' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l search -d 'Only products whose SKU or name contains TEXT (case-insensitive)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l limit -d 'Page size' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l after -d 'Show the entries with an id greater than this (the last id of the previous page)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l price -d 'New price (exact decimal, at most 2 places), or relative: +2.50, -2.50, +5%, -5%' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l stock -d 'Set the stock to N, or add (+N) or take off (-N) units' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l add-stock -d 'Add (or with a minus sign, remove) N units atomically' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l seller-email -d 'New seller e-mail' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l description -d 'New description (\'\' clears it)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l manufacturer -d 'New manufacturer (\'\' clears it)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l stocked-at -d 'New location (\'\' clears it)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l seller -d 'Select the products of this seller (--seller-email sets a new seller)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l search -d 'Select the products whose SKU or name contains TEXT (case-insensitive)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l ids-from -d 'The products listed in FILE (- for stdin): an id per line, a CSV with an id column, or NDJSON/JSON with "id"' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l max -d 'Refuse a selection larger than N (exit 2) [default: 1000]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l all -d 'Every product (--max still applies)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l dry-run -d 'Show what would happen (the count, the changes, the refusals, the stock, a sample) and change nothing; exit 4 if any would be refused'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l each -d 'Change what can be changed and report the rest (default: one refusal changes nothing)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l format -d 'Input format' -r -f -a "auto\t'A JSON array if the input starts with `[`, NDJSON otherwise'
json\t'One JSON array of objects'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row naming the fields (products only; the default for a file named *.csv or *.csv.gz)'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l rejects -d 'Save the refused raw records to FILE (NDJSON), to fix and import again' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l max-errors -d 'How many record errors to list (at most 100,000: the list is kept in memory)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l delimiter -d 'The CSV field separator (e.g. \';\' as spreadsheets write it in many locales)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l metrics-file -d 'At the end, success or failure, write the job\'s summary (duration, records, outcome, exit code, finish time) to PATH in Prometheus text format, atomically: for node_exporter\'s textfile collector' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l on-conflict -d 'What to do with a record whose SKU already exists' -r -f -a "error\t'Refuse records whose SKU exists (the whole import, unless --skip-invalid)'
update\t'Update the existing product with the record\'s fields'
skip\t'Keep the existing product and count the record as skipped'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l skip-invalid -d 'Write the valid records and report the invalid ones (default: any invalid record means nothing is written)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l dry-run -d 'Validate and report what would happen, without writing'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l format -d 'Output format' -r -f -a "ndjson\t'One JSON object per line'
json\t'One JSON array'
csv\t'CSV with a header row; orders: one row per line item (not read back by import)'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l since -d 'Only changes at or after this time' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a product'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one product'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from help" -f -a "list" -d 'List products, oldest first, a page at a time'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a product\'s fields or stock (or many products\': a selection)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete products (order lines keep their snapshot)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import products from JSON or NDJSON (file or stdin)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export every product as NDJSON (or a JSON array) to stdout'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from help" -f -a "history" -d 'Who changed a product, what and when'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand products; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -f -a "create" -d 'Create an order, taking its quantities out of stock'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -f -a "get" -d 'Show one order with its lines'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -f -a "list" -d 'List orders, oldest first, a page at a time'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -f -a "update" -d 'Replace an order\'s lines (state becomes CHANGED)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -f -a "set-state" -d 'Move an order (or many: ids, or a selection) to another state'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -f -a "delete" -d 'Delete orders (ids, or a selection)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -f -a "import" -d 'Import orders from JSON or NDJSON (file or stdin)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -f -a "export" -d 'Export every order with its lines as NDJSON (or a JSON array) to stdout'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -f -a "history" -d 'Who changed an order, what and when'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -f -a "watch" -d 'Follow new orders and state changes as they happen'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and not __fish_seen_subcommand_from create get list update set-state delete import export history watch help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l customer-email -d 'Customer e-mail' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l item -d 'A line: PRODUCT[=QTY], repeatable (PRODUCT is an id, sku:SKU or SKU)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l external-ref -d 'Order number in another system; unique, makes re-imports idempotent' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l state -d 'Only orders in this state (repeatable)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l customer-email -d 'Only orders of this customer' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l since -d 'Only orders created at or after this time (RFC 3339, YYYY-MM-DD, or an age: 7d)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l until -d 'Only orders created before this time (--until 7d: more than 7 days ago)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l sku -d 'Only orders with a line of this SKU' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l product -d 'Only orders with a line of this product (id, sku:SKU or SKU)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l min-total -d 'Only orders whose total is at least X' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l max-total -d 'Only orders whose total is at most X' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l external-ref -d 'Only orders with this external ref; * stands for any text (\'STAGING-*\')' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l limit -d 'Page size' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l after -d 'Show the entries with an id greater than this (the last id of the previous page)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l item -d 'The new lines: PRODUCT[=QTY], repeatable' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l state -d 'Only orders in this state (repeatable)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l customer-email -d 'Only orders of this customer' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l since -d 'Only orders created at or after this time (RFC 3339, YYYY-MM-DD, or an age: 7d)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l until -d 'Only orders created before this time (--until 7d: more than 7 days ago)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l sku -d 'Only orders with a line of this SKU' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l product -d 'Only orders with a line of this product (id, sku:SKU or SKU)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l min-total -d 'Only orders whose total is at least X' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l max-total -d 'Only orders whose total is at most X' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l external-ref -d 'Only orders with this external ref; * stands for any text (\'STAGING-*\')' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l ids-from -d 'The orders listed in FILE (- for stdin): an id per line, a CSV with an id column, or NDJSON/JSON with "id"' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l from-search -d 'Only the orders `ecomctl search QUERY` finds with the same filters, every page (\'\' for all)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l filter -d 'With --from-search: a raw Meilisearch filter, ANDed with the others' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l max -d 'Refuse a selection larger than N (exit 2) [default: 1000]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l all -d 'Every order (the filters and --max still apply)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l dry-run -d 'Show what would happen (the count, the changes, the refusals, the stock, a sample) and change nothing; exit 4 if any would be refused'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l each -d 'Change what can be changed and report the rest (default: one refusal changes nothing)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from set-state" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l state -d 'Only orders in this state (repeatable)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l customer-email -d 'Only orders of this customer' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l since -d 'Only orders created at or after this time (RFC 3339, YYYY-MM-DD, or an age: 7d)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l until -d 'Only orders created before this time (--until 7d: more than 7 days ago)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l sku -d 'Only orders with a line of this SKU' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l product -d 'Only orders with a line of this product (id, sku:SKU or SKU)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l min-total -d 'Only orders whose total is at least X' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l max-total -d 'Only orders whose total is at most X' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l external-ref -d 'Only orders with this external ref; * stands for any text (\'STAGING-*\')' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l ids-from -d 'The orders listed in FILE (- for stdin): an id per line, a CSV with an id column, or NDJSON/JSON with "id"' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l from-search -d 'Only the orders `ecomctl search QUERY` finds with the same filters, every page (\'\' for all)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l filter -d 'With --from-search: a raw Meilisearch filter, ANDed with the others' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l max -d 'Refuse a selection larger than N (exit 2) [default: 1000]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l restock -d 'Put the quantities back in stock'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l all -d 'Every order (the filters and --max still apply)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l dry-run -d 'Show what would happen (the count, the changes, the refusals, the stock, a sample) and change nothing; exit 4 if any would be refused'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l each -d 'Change what can be changed and report the rest (default: one refusal changes nothing)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l format -d 'Input format' -r -f -a "auto\t'A JSON array if the input starts with `[`, NDJSON otherwise'
json\t'One JSON array of objects'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row naming the fields (products only; the default for a file named *.csv or *.csv.gz)'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l rejects -d 'Save the refused raw records to FILE (NDJSON), to fix and import again' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l max-errors -d 'How many record errors to list (at most 100,000: the list is kept in memory)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l delimiter -d 'The CSV field separator (e.g. \';\' as spreadsheets write it in many locales)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l metrics-file -d 'At the end, success or failure, write the job\'s summary (duration, records, outcome, exit code, finish time) to PATH in Prometheus text format, atomically: for node_exporter\'s textfile collector' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l skip-invalid -d 'Write the valid records and report the invalid ones (default: any invalid record means nothing is written)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l dry-run -d 'Validate and report what would happen, without writing'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l no-stock -d 'Do not take stock (historical loads)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l no-sync -d 'Do not push the imported orders to Meilisearch at the end (they stay queued)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l format -d 'Output format' -r -f -a "ndjson\t'One JSON object per line'
json\t'One JSON array'
csv\t'CSV with a header row; orders: one row per line item (not read back by import)'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l since -d 'Only changes at or after this time' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l state -d 'Only orders in this state (repeat for several)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l customer-email -d 'Only this customer\'s orders' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an order, taking its quantities out of stock'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one order with its lines'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from help" -f -a "list" -d 'List orders, oldest first, a page at a time'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from help" -f -a "update" -d 'Replace an order\'s lines (state becomes CHANGED)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from help" -f -a "set-state" -d 'Move an order (or many: ids, or a selection) to another state'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete orders (ids, or a selection)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import orders from JSON or NDJSON (file or stdin)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export every order with its lines as NDJSON (or a JSON array) to stdout'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from help" -f -a "history" -d 'Who changed an order, what and when'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Follow new orders and state changes as they happen'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand orders; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l state -d 'Only orders in this state (repeatable)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l customer-email -d 'Only orders of this customer' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l sku -d 'Only orders with a line of this SKU' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l since -d 'Only orders created at or after this time (RFC 3339 or YYYY-MM-DD)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l until -d 'Only orders created before this time (RFC 3339 or YYYY-MM-DD)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l min-total -d 'Only orders whose total is at least X' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l max-total -d 'Only orders whose total is at most X' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l filter -d 'A raw Meilisearch filter expression, ANDed with the other filters' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l sort -d 'Sort by FIELD:asc or FIELD:desc (repeatable; created_at_ts, total_price, id)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l limit -d 'Hits per page' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l page -d 'Page number, from 1' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l facets -d 'Show how many hits fall in each state'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l batch-size -d 'Orders per Meilisearch request (requests are also capped at 64 MiB). Default: a backlog of up to 50,000 orders as one request, a larger one in requests of 10,000 sent while the next are read' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l metrics-addr -d 'With --watch: serve /metrics (Prometheus), /healthz and /readyz on this address (e.g. 127.0.0.1:9187)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l max-lag -d 'With --metrics-addr: /readyz answers 503 once the oldest unsent or unconfirmed change is older than this (e.g. 90s, 5m, 1h)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l verify-rate -d 'With --watch: compare this many documents a second with PostgreSQL, walking the whole index again and again, and queue what drifted (0: do not verify)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l verify-interval -d 'With --watch: start a verification pass at most this often' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l max-verify-age -d 'With --metrics-addr: /readyz answers 503 once no verification pass has ended for this long' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l metrics-file -d 'At the end, success or failure, write the job\'s summary (duration, records, outcome, exit code, finish time) to PATH in Prometheus text format, atomically: for node_exporter\'s textfile collector' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l watch -d 'Keep running and push changes as they happen (Ctrl-C or SIGTERM to stop)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l batch-size -d 'Documents per NDJSON request (requests are also capped at 64 MiB)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l metrics-file -d 'At the end, success or failure, write the job\'s summary (duration, records, outcome, exit code, finish time) to PATH in Prometheus text format, atomically: for node_exporter\'s textfile collector' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l dry-run -d 'Build and count the documents without sending them'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand reindex" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -f -a "setup" -d 'Create the index if needed and apply ecomctl\'s settings'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -f -a "status" -d 'Show the index\'s documents, settings, indexing state and the outbox backlog'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -f -a "check" -d 'Compare PostgreSQL and Meilisearch document by document'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and not __fish_seen_subcommand_from setup status check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from setup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l sample -d 'How many ids to list per kind of drift' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l metrics-file -d 'At the end, success or failure, write the job\'s summary (duration, records, outcome, exit code, finish time) to PATH in Prometheus text format, atomically: for node_exporter\'s textfile collector' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l repair -d 'Queue the drifted orders and sync them, then check again'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l fast -d 'Compare ids and versions only, not the documents\' content'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from help" -f -a "setup" -d 'Create the index if needed and apply ecomctl\'s settings'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the index\'s documents, settings, indexing state and the outbox backlog'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from help" -f -a "check" -d 'Compare PostgreSQL and Meilisearch document by document'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand index; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l force -d 'Load even if the database is not empty'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -f -a "list" -d 'List the contexts (the current one marked)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -f -a "show" -d 'Show a context\'s settings, secrets masked (default: the one in force)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -f -a "use" -d 'Make a context the current one'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the contexts (the current one marked)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a context\'s settings, secrets masked (default: the one in force)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a context the current one'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand console" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand options" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l database-url -d 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l meili-url -d 'Meilisearch URL' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l meili-ca-cert -d 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system\'s roots (a private deployment)' -r -F
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l meili-key -d 'Meilisearch API key (falls back to MEILI_MASTER_KEY)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l searchable -d 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast' -r -f -a "full\t'Every attribute of the order and its items'
compact\t'customer_email, external_ref, state, items.product_name, items.product_sku'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l compress -d 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address' -r -f -a "auto\t'Compress unless Meilisearch is on this machine (a loopback address)'
gzip\t'Always compress large bodies'
none\t'Never compress'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l wait-timeout -d 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l timeout -d 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'A table fitted to the terminal'
json\t'One JSON value (an array for lists)'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row (RFC 4180 quoting) for gets, lists, search, orders watch and doctor; an order\'s lines are one readable cell'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l fields -d 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l jq -d 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l color -d 'When to use colour (NO_COLOR is honoured with `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l log-format -d 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)' -r -f -a "human\t'Lines for a person (errors, warnings, summaries)'
json\t'One JSON object per line (time, level, message, fields), for a log shipper'"
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l context -d 'The named context to use (see `ecomctl config`); its settings apply where no flag is given' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l index -d 'Meilisearch index holding the order documents' -r
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l no-index -d 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l wait -d 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l no-input -d 'Never prompt; a missing value is a usage error'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -l no-progress -d 'Hide progress bars'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -s q -l quiet -d 'Only errors on stderr'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and not __fish_seen_subcommand_from migrate products orders search sync reindex index demo config completions man console options doctor help" -f -a "migrate" -d 'Apply the embedded SQL migrations'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and not __fish_seen_subcommand_from migrate products orders search sync reindex index demo config completions man console options doctor help" -f -a "products" -d 'Create, inspect, change and delete products'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and not __fish_seen_subcommand_from migrate products orders search sync reindex index demo config completions man console options doctor help" -f -a "orders" -d 'Create, inspect, change and delete orders'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and not __fish_seen_subcommand_from migrate products orders search sync reindex index demo config completions man console options doctor help" -f -a "search" -d 'Full-text search over orders in Meilisearch'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and not __fish_seen_subcommand_from migrate products orders search sync reindex index demo config completions man console options doctor help" -f -a "sync" -d 'Push queued order changes (the outbox) to Meilisearch'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and not __fish_seen_subcommand_from migrate products orders search sync reindex index demo config completions man console options doctor help" -f -a "reindex" -d 'Rebuild the search index from PostgreSQL with no downtime'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and not __fish_seen_subcommand_from migrate products orders search sync reindex index demo config completions man console options doctor help" -f -a "index" -d 'Set up, inspect and verify the search index'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and not __fish_seen_subcommand_from migrate products orders search sync reindex index demo config completions man console options doctor help" -f -a "demo" -d 'Load a sample catalogue and orders, reindex, and show a search'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and not __fish_seen_subcommand_from migrate products orders search sync reindex index demo config completions man console options doctor help" -f -a "config" -d 'List, show and choose named contexts (database + Meilisearch settings)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and not __fish_seen_subcommand_from migrate products orders search sync reindex index demo config completions man console options doctor help" -f -a "completions" -d 'Print a shell completion script'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and not __fish_seen_subcommand_from migrate products orders search sync reindex index demo config completions man console options doctor help" -f -a "man" -d 'Print the man page (roff) to stdout'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and not __fish_seen_subcommand_from migrate products orders search sync reindex index demo config completions man console options doctor help" -f -a "console" -d 'A terminal UI: find orders as you type, see them whole, move them, watch live'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and not __fish_seen_subcommand_from migrate products orders search sync reindex index demo config completions man console options doctor help" -f -a "options" -d 'The global options every command takes: connection, search index, output, prompts'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and not __fish_seen_subcommand_from migrate products orders search sync reindex index demo config completions man console options doctor help" -f -a "doctor" -d 'Check PostgreSQL, the schema, Meilisearch, the index and the outbox'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and not __fish_seen_subcommand_from migrate products orders search sync reindex index demo config completions man console options doctor help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from products" -f -a "create" -d 'Create a product'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from products" -f -a "get" -d 'Show one product'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from products" -f -a "list" -d 'List products, oldest first, a page at a time'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from products" -f -a "update" -d 'Change a product\'s fields or stock (or many products\': a selection)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from products" -f -a "delete" -d 'Delete products (order lines keep their snapshot)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from products" -f -a "import" -d 'Import products from JSON or NDJSON (file or stdin)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from products" -f -a "export" -d 'Export every product as NDJSON (or a JSON array) to stdout'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from products" -f -a "history" -d 'Who changed a product, what and when'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from orders" -f -a "create" -d 'Create an order, taking its quantities out of stock'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from orders" -f -a "get" -d 'Show one order with its lines'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from orders" -f -a "list" -d 'List orders, oldest first, a page at a time'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from orders" -f -a "update" -d 'Replace an order\'s lines (state becomes CHANGED)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from orders" -f -a "set-state" -d 'Move an order (or many: ids, or a selection) to another state'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from orders" -f -a "delete" -d 'Delete orders (ids, or a selection)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from orders" -f -a "import" -d 'Import orders from JSON or NDJSON (file or stdin)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from orders" -f -a "export" -d 'Export every order with its lines as NDJSON (or a JSON array) to stdout'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from orders" -f -a "history" -d 'Who changed an order, what and when'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from orders" -f -a "watch" -d 'Follow new orders and state changes as they happen'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from index" -f -a "setup" -d 'Create the index if needed and apply ecomctl\'s settings'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from index" -f -a "status" -d 'Show the index\'s documents, settings, indexing state and the outbox backlog'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from index" -f -a "check" -d 'Compare PostgreSQL and Meilisearch document by document'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List the contexts (the current one marked)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show a context\'s settings, secrets masked (default: the one in force)'
complete -c ecomctl -n "__fish_ecomctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "use" -d 'Make a context the current one'
