
use builtin;
use str;

set edit:completion:arg-completer[ecomctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'ecomctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'ecomctl'= {
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand migrate 'Apply the embedded SQL migrations'
            cand products 'Create, inspect, change and delete products'
            cand orders 'Create, inspect, change and delete orders'
            cand search 'Full-text search over orders in Meilisearch'
            cand sync 'Push queued order changes (the outbox) to Meilisearch'
            cand reindex 'Rebuild the search index from PostgreSQL with no downtime'
            cand index 'Set up, inspect and verify the search index'
            cand demo 'Load a sample catalogue and orders, reindex, and show a search'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff) to stdout'
            cand doctor 'Check PostgreSQL, the schema, Meilisearch, the index and the outbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecomctl;migrate'= {
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --status 'List applied and pending migrations instead of applying them'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;products'= {
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a product'
            cand get 'Show one product'
            cand list 'List products, oldest first, a page at a time'
            cand update 'Change a product''s fields or stock'
            cand delete 'Delete products (order lines keep their snapshot)'
            cand import 'Import products from JSON or NDJSON (file or stdin)'
            cand export 'Export every product as NDJSON (or a JSON array) to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecomctl;products;create'= {
            cand --sku 'Stock-keeping unit, unique (1–64 characters, no spaces)'
            cand --name 'Product name'
            cand --price 'Price, exact decimal with at most 2 places (e.g. 19.99)'
            cand --stock 'Units in stock'
            cand --seller-email 'E-mail of the seller'
            cand --description 'Free-text description'
            cand --manufacturer 'Manufacturer'
            cand --stocked-at 'Warehouse or location where the product is stocked'
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;products;get'= {
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;products;list'= {
            cand --seller-email 'Only products of this seller'
            cand --search 'Only products whose SKU or name contains TEXT (case-insensitive)'
            cand --limit 'Page size'
            cand --after 'Show products with an id greater than this (keyset pagination)'
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;products;update'= {
            cand --name 'New name'
            cand --price 'New price (exact decimal, at most 2 places)'
            cand --stock 'Set the stock to N'
            cand --add-stock 'Add (or with a minus sign, remove) N units atomically'
            cand --seller-email 'New seller e-mail'
            cand --description 'New description ('''' clears it)'
            cand --manufacturer 'New manufacturer ('''' clears it)'
            cand --stocked-at 'New location ('''' clears it)'
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;products;delete'= {
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;products;import'= {
            cand --format 'Input format'
            cand --rejects 'Save the refused raw records to FILE (NDJSON), to fix and import again'
            cand --max-errors 'How many record errors to list'
            cand --on-conflict 'What to do with a record whose SKU already exists'
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --skip-invalid 'Write the valid records and report the invalid ones (default: any invalid record means nothing is written)'
            cand --dry-run 'Validate and report what would happen, without writing'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;products;export'= {
            cand --format 'Output format'
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;products;help'= {
            cand create 'Create a product'
            cand get 'Show one product'
            cand list 'List products, oldest first, a page at a time'
            cand update 'Change a product''s fields or stock'
            cand delete 'Delete products (order lines keep their snapshot)'
            cand import 'Import products from JSON or NDJSON (file or stdin)'
            cand export 'Export every product as NDJSON (or a JSON array) to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecomctl;products;help;create'= {
        }
        &'ecomctl;products;help;get'= {
        }
        &'ecomctl;products;help;list'= {
        }
        &'ecomctl;products;help;update'= {
        }
        &'ecomctl;products;help;delete'= {
        }
        &'ecomctl;products;help;import'= {
        }
        &'ecomctl;products;help;export'= {
        }
        &'ecomctl;products;help;help'= {
        }
        &'ecomctl;orders'= {
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create an order, taking its quantities out of stock'
            cand get 'Show one order with its lines'
            cand list 'List orders, oldest first, a page at a time'
            cand update 'Replace an order''s lines (state becomes CHANGED)'
            cand set-state 'Move an order to another state'
            cand delete 'Delete orders'
            cand import 'Import orders from JSON or NDJSON (file or stdin)'
            cand export 'Export every order with its lines as NDJSON (or a JSON array) to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecomctl;orders;create'= {
            cand --customer-email 'Customer e-mail'
            cand --item 'A line: PRODUCT[=QTY], repeatable (PRODUCT is an id, sku:SKU or SKU)'
            cand --external-ref 'Order number in another system; unique, makes re-imports idempotent'
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;orders;get'= {
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;orders;list'= {
            cand --state 'Only orders in this state (repeatable)'
            cand --customer-email 'Only orders of this customer'
            cand --since 'Only orders created at or after this time'
            cand --until 'Only orders created before this time'
            cand --limit 'Page size'
            cand --after 'Show orders with an id greater than this (keyset pagination)'
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;orders;update'= {
            cand --item 'The new lines: PRODUCT[=QTY], repeatable'
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;orders;set-state'= {
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;orders;delete'= {
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --restock 'Put the quantities back in stock'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;orders;import'= {
            cand --format 'Input format'
            cand --rejects 'Save the refused raw records to FILE (NDJSON), to fix and import again'
            cand --max-errors 'How many record errors to list'
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --skip-invalid 'Write the valid records and report the invalid ones (default: any invalid record means nothing is written)'
            cand --dry-run 'Validate and report what would happen, without writing'
            cand --no-stock 'Do not take stock (historical loads)'
            cand --no-sync 'Do not push the imported orders to Meilisearch at the end (they stay queued)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;orders;export'= {
            cand --format 'Output format'
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;orders;help'= {
            cand create 'Create an order, taking its quantities out of stock'
            cand get 'Show one order with its lines'
            cand list 'List orders, oldest first, a page at a time'
            cand update 'Replace an order''s lines (state becomes CHANGED)'
            cand set-state 'Move an order to another state'
            cand delete 'Delete orders'
            cand import 'Import orders from JSON or NDJSON (file or stdin)'
            cand export 'Export every order with its lines as NDJSON (or a JSON array) to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecomctl;orders;help;create'= {
        }
        &'ecomctl;orders;help;get'= {
        }
        &'ecomctl;orders;help;list'= {
        }
        &'ecomctl;orders;help;update'= {
        }
        &'ecomctl;orders;help;set-state'= {
        }
        &'ecomctl;orders;help;delete'= {
        }
        &'ecomctl;orders;help;import'= {
        }
        &'ecomctl;orders;help;export'= {
        }
        &'ecomctl;orders;help;help'= {
        }
        &'ecomctl;search'= {
            cand --state 'Only orders in this state (repeatable)'
            cand --customer-email 'Only orders of this customer'
            cand --sku 'Only orders with a line of this SKU'
            cand --since 'Only orders created at or after this time (RFC 3339 or YYYY-MM-DD)'
            cand --until 'Only orders created before this time (RFC 3339 or YYYY-MM-DD)'
            cand --min-total 'Only orders whose total is at least X'
            cand --max-total 'Only orders whose total is at most X'
            cand --filter 'A raw Meilisearch filter expression, ANDed with the other filters'
            cand --sort 'Sort by FIELD:asc or FIELD:desc (repeatable; created_at_ts, total_price, id)'
            cand --limit 'Hits per page'
            cand --page 'Page number, from 1'
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --facets 'Show how many hits fall in each state'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;sync'= {
            cand --batch-size 'Orders per Meilisearch request'
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --watch 'Keep running and push changes as they happen (Ctrl-C or SIGTERM to stop)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;reindex'= {
            cand --batch-size 'Documents per NDJSON request (requests are also capped at 64 MiB)'
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --dry-run 'Build and count the documents without sending them'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;index'= {
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand setup 'Create the index if needed and apply ecomctl''s settings'
            cand status 'Show the index''s documents, settings, indexing state and the outbox backlog'
            cand check 'Compare PostgreSQL and Meilisearch document by document'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecomctl;index;setup'= {
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;index;status'= {
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;index;check'= {
            cand --sample 'How many ids to list per kind of drift'
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;index;help'= {
            cand setup 'Create the index if needed and apply ecomctl''s settings'
            cand status 'Show the index''s documents, settings, indexing state and the outbox backlog'
            cand check 'Compare PostgreSQL and Meilisearch document by document'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecomctl;index;help;setup'= {
        }
        &'ecomctl;index;help;status'= {
        }
        &'ecomctl;index;help;check'= {
        }
        &'ecomctl;index;help;help'= {
        }
        &'ecomctl;demo'= {
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --force 'Load even if the database is not empty'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;completions'= {
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;man'= {
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;doctor'= {
            cand --database-url 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]'
            cand --meili-url 'Meilisearch URL'
            cand --meili-key 'Meilisearch API key (falls back to MEILI_MASTER_KEY)'
            cand --index 'Meilisearch index holding the order documents'
            cand --searchable 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with `auto`)'
            cand --no-index 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt; a missing value is a usage error'
            cand --no-progress 'Hide progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ecomctl;help'= {
            cand migrate 'Apply the embedded SQL migrations'
            cand products 'Create, inspect, change and delete products'
            cand orders 'Create, inspect, change and delete orders'
            cand search 'Full-text search over orders in Meilisearch'
            cand sync 'Push queued order changes (the outbox) to Meilisearch'
            cand reindex 'Rebuild the search index from PostgreSQL with no downtime'
            cand index 'Set up, inspect and verify the search index'
            cand demo 'Load a sample catalogue and orders, reindex, and show a search'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff) to stdout'
            cand doctor 'Check PostgreSQL, the schema, Meilisearch, the index and the outbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecomctl;help;migrate'= {
        }
        &'ecomctl;help;products'= {
            cand create 'Create a product'
            cand get 'Show one product'
            cand list 'List products, oldest first, a page at a time'
            cand update 'Change a product''s fields or stock'
            cand delete 'Delete products (order lines keep their snapshot)'
            cand import 'Import products from JSON or NDJSON (file or stdin)'
            cand export 'Export every product as NDJSON (or a JSON array) to stdout'
        }
        &'ecomctl;help;products;create'= {
        }
        &'ecomctl;help;products;get'= {
        }
        &'ecomctl;help;products;list'= {
        }
        &'ecomctl;help;products;update'= {
        }
        &'ecomctl;help;products;delete'= {
        }
        &'ecomctl;help;products;import'= {
        }
        &'ecomctl;help;products;export'= {
        }
        &'ecomctl;help;orders'= {
            cand create 'Create an order, taking its quantities out of stock'
            cand get 'Show one order with its lines'
            cand list 'List orders, oldest first, a page at a time'
            cand update 'Replace an order''s lines (state becomes CHANGED)'
            cand set-state 'Move an order to another state'
            cand delete 'Delete orders'
            cand import 'Import orders from JSON or NDJSON (file or stdin)'
            cand export 'Export every order with its lines as NDJSON (or a JSON array) to stdout'
        }
        &'ecomctl;help;orders;create'= {
        }
        &'ecomctl;help;orders;get'= {
        }
        &'ecomctl;help;orders;list'= {
        }
        &'ecomctl;help;orders;update'= {
        }
        &'ecomctl;help;orders;set-state'= {
        }
        &'ecomctl;help;orders;delete'= {
        }
        &'ecomctl;help;orders;import'= {
        }
        &'ecomctl;help;orders;export'= {
        }
        &'ecomctl;help;search'= {
        }
        &'ecomctl;help;sync'= {
        }
        &'ecomctl;help;reindex'= {
        }
        &'ecomctl;help;index'= {
            cand setup 'Create the index if needed and apply ecomctl''s settings'
            cand status 'Show the index''s documents, settings, indexing state and the outbox backlog'
            cand check 'Compare PostgreSQL and Meilisearch document by document'
        }
        &'ecomctl;help;index;setup'= {
        }
        &'ecomctl;help;index;status'= {
        }
        &'ecomctl;help;index;check'= {
        }
        &'ecomctl;help;demo'= {
        }
        &'ecomctl;help;completions'= {
        }
        &'ecomctl;help;man'= {
        }
        &'ecomctl;help;doctor'= {
        }
        &'ecomctl;help;help'= {
        }
    ]
    $completions[$command]
}
