
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'ecomctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'ecomctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'ecomctl' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply the embedded SQL migrations')
            [CompletionResult]::new('products', 'products', [CompletionResultType]::ParameterValue, 'Create, inspect, change and delete products')
            [CompletionResult]::new('orders', 'orders', [CompletionResultType]::ParameterValue, 'Create, inspect, change and delete orders')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Full-text search over orders in Meilisearch')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Push queued order changes (the outbox) to Meilisearch')
            [CompletionResult]::new('reindex', 'reindex', [CompletionResultType]::ParameterValue, 'Rebuild the search index from PostgreSQL with no downtime')
            [CompletionResult]::new('index', 'index', [CompletionResultType]::ParameterValue, 'Set up, inspect and verify the search index')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Load a sample catalogue and orders, reindex, and show a search')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'List, show and choose named contexts (database + Meilisearch settings)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff) to stdout')
            [CompletionResult]::new('console', 'console', [CompletionResultType]::ParameterValue, 'A terminal UI: find orders as you type, see them whole, move them, watch live')
            [CompletionResult]::new('options', 'options', [CompletionResultType]::ParameterValue, 'The global options every command takes: connection, search index, output, prompts')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check PostgreSQL, the schema, Meilisearch, the index and the outbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecomctl;migrate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'List applied and pending migrations instead of applying them')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;products' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a product')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one product')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List products, oldest first, a page at a time')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a product''s fields or stock (or many products'': a selection)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete products (order lines keep their snapshot)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import products from JSON or NDJSON (file or stdin)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export every product as NDJSON (or a JSON array) to stdout')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Who changed a product, what and when')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecomctl;products;create' {
            [CompletionResult]::new('--sku', '--sku', [CompletionResultType]::ParameterName, 'Stock-keeping unit, unique (1–64 characters, no spaces)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Product name')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Price, exact decimal with at most 2 places (e.g. 19.99)')
            [CompletionResult]::new('--stock', '--stock', [CompletionResultType]::ParameterName, 'Units in stock')
            [CompletionResult]::new('--seller-email', '--seller-email', [CompletionResultType]::ParameterName, 'E-mail of the seller')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free-text description')
            [CompletionResult]::new('--manufacturer', '--manufacturer', [CompletionResultType]::ParameterName, 'Manufacturer')
            [CompletionResult]::new('--stocked-at', '--stocked-at', [CompletionResultType]::ParameterName, 'Warehouse or location where the product is stocked')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;products;get' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;products;list' {
            [CompletionResult]::new('--seller-email', '--seller-email', [CompletionResultType]::ParameterName, 'Only products of this seller')
            [CompletionResult]::new('--seller', '--seller', [CompletionResultType]::ParameterName, 'Only products of this seller')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only products whose SKU or name contains TEXT (case-insensitive)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Page size')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Show the entries with an id greater than this (the last id of the previous page)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;products;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'New price (exact decimal, at most 2 places), or relative: +2.50, -2.50, +5%, -5%')
            [CompletionResult]::new('--stock', '--stock', [CompletionResultType]::ParameterName, 'Set the stock to N, or add (+N) or take off (-N) units')
            [CompletionResult]::new('--add-stock', '--add-stock', [CompletionResultType]::ParameterName, 'Add (or with a minus sign, remove) N units atomically')
            [CompletionResult]::new('--seller-email', '--seller-email', [CompletionResultType]::ParameterName, 'New seller e-mail')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description ('''' clears it)')
            [CompletionResult]::new('--manufacturer', '--manufacturer', [CompletionResultType]::ParameterName, 'New manufacturer ('''' clears it)')
            [CompletionResult]::new('--stocked-at', '--stocked-at', [CompletionResultType]::ParameterName, 'New location ('''' clears it)')
            [CompletionResult]::new('--seller', '--seller', [CompletionResultType]::ParameterName, 'Select the products of this seller (--seller-email sets a new seller)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Select the products whose SKU or name contains TEXT (case-insensitive)')
            [CompletionResult]::new('--ids-from', '--ids-from', [CompletionResultType]::ParameterName, 'The products listed in FILE (- for stdin): an id per line, a CSV with an id column, or NDJSON/JSON with "id"')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse a selection larger than N (exit 2) [default: 1000]')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every product (--max still applies)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would happen (the count, the changes, the refusals, the stock, a sample) and change nothing; exit 4 if any would be refused')
            [CompletionResult]::new('--each', '--each', [CompletionResultType]::ParameterName, 'Change what can be changed and report the rest (default: one refusal changes nothing)')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;products;delete' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;products;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Input format')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Save the refused raw records to FILE (NDJSON), to fix and import again')
            [CompletionResult]::new('--max-errors', '--max-errors', [CompletionResultType]::ParameterName, 'How many record errors to list (at most 100,000: the list is kept in memory)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The CSV field separator (e.g. '';'' as spreadsheets write it in many locales)')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'At the end, success or failure, write the job''s summary (duration, records, outcome, exit code, finish time) to PATH in Prometheus text format, atomically: for node_exporter''s textfile collector')
            [CompletionResult]::new('--on-conflict', '--on-conflict', [CompletionResultType]::ParameterName, 'What to do with a record whose SKU already exists')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Write the valid records and report the invalid ones (default: any invalid record means nothing is written)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and report what would happen, without writing')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;products;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;products;history' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only changes at or after this time')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;products;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a product')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one product')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List products, oldest first, a page at a time')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a product''s fields or stock (or many products'': a selection)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete products (order lines keep their snapshot)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import products from JSON or NDJSON (file or stdin)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export every product as NDJSON (or a JSON array) to stdout')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Who changed a product, what and when')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecomctl;products;help;create' {
            break
        }
        'ecomctl;products;help;get' {
            break
        }
        'ecomctl;products;help;list' {
            break
        }
        'ecomctl;products;help;update' {
            break
        }
        'ecomctl;products;help;delete' {
            break
        }
        'ecomctl;products;help;import' {
            break
        }
        'ecomctl;products;help;export' {
            break
        }
        'ecomctl;products;help;history' {
            break
        }
        'ecomctl;products;help;help' {
            break
        }
        'ecomctl;orders' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an order, taking its quantities out of stock')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one order with its lines')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orders, oldest first, a page at a time')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace an order''s lines (state becomes CHANGED)')
            [CompletionResult]::new('set-state', 'set-state', [CompletionResultType]::ParameterValue, 'Move an order (or many: ids, or a selection) to another state')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete orders (ids, or a selection)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import orders from JSON or NDJSON (file or stdin)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export every order with its lines as NDJSON (or a JSON array) to stdout')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Who changed an order, what and when')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow new orders and state changes as they happen')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecomctl;orders;create' {
            [CompletionResult]::new('--customer-email', '--customer-email', [CompletionResultType]::ParameterName, 'Customer e-mail')
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'A line: PRODUCT[=QTY], repeatable (PRODUCT is an id, sku:SKU or SKU)')
            [CompletionResult]::new('--external-ref', '--external-ref', [CompletionResultType]::ParameterName, 'Order number in another system; unique, makes re-imports idempotent')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;orders;get' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;orders;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only orders in this state (repeatable)')
            [CompletionResult]::new('--customer-email', '--customer-email', [CompletionResultType]::ParameterName, 'Only orders of this customer')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only orders created at or after this time (RFC 3339, YYYY-MM-DD, or an age: 7d)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only orders created before this time (--until 7d: more than 7 days ago)')
            [CompletionResult]::new('--sku', '--sku', [CompletionResultType]::ParameterName, 'Only orders with a line of this SKU')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Only orders with a line of this product (id, sku:SKU or SKU)')
            [CompletionResult]::new('--min-total', '--min-total', [CompletionResultType]::ParameterName, 'Only orders whose total is at least X')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Only orders whose total is at most X')
            [CompletionResult]::new('--external-ref', '--external-ref', [CompletionResultType]::ParameterName, 'Only orders with this external ref; * stands for any text (''STAGING-*'')')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Page size')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Show the entries with an id greater than this (the last id of the previous page)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;orders;update' {
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'The new lines: PRODUCT[=QTY], repeatable')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;orders;set-state' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only orders in this state (repeatable)')
            [CompletionResult]::new('--customer-email', '--customer-email', [CompletionResultType]::ParameterName, 'Only orders of this customer')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only orders created at or after this time (RFC 3339, YYYY-MM-DD, or an age: 7d)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only orders created before this time (--until 7d: more than 7 days ago)')
            [CompletionResult]::new('--sku', '--sku', [CompletionResultType]::ParameterName, 'Only orders with a line of this SKU')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Only orders with a line of this product (id, sku:SKU or SKU)')
            [CompletionResult]::new('--min-total', '--min-total', [CompletionResultType]::ParameterName, 'Only orders whose total is at least X')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Only orders whose total is at most X')
            [CompletionResult]::new('--external-ref', '--external-ref', [CompletionResultType]::ParameterName, 'Only orders with this external ref; * stands for any text (''STAGING-*'')')
            [CompletionResult]::new('--ids-from', '--ids-from', [CompletionResultType]::ParameterName, 'The orders listed in FILE (- for stdin): an id per line, a CSV with an id column, or NDJSON/JSON with "id"')
            [CompletionResult]::new('--from-search', '--from-search', [CompletionResultType]::ParameterName, 'Only the orders `ecomctl search QUERY` finds with the same filters, every page ('''' for all)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'With --from-search: a raw Meilisearch filter, ANDed with the others')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse a selection larger than N (exit 2) [default: 1000]')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every order (the filters and --max still apply)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would happen (the count, the changes, the refusals, the stock, a sample) and change nothing; exit 4 if any would be refused')
            [CompletionResult]::new('--each', '--each', [CompletionResultType]::ParameterName, 'Change what can be changed and report the rest (default: one refusal changes nothing)')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;orders;delete' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only orders in this state (repeatable)')
            [CompletionResult]::new('--customer-email', '--customer-email', [CompletionResultType]::ParameterName, 'Only orders of this customer')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only orders created at or after this time (RFC 3339, YYYY-MM-DD, or an age: 7d)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only orders created before this time (--until 7d: more than 7 days ago)')
            [CompletionResult]::new('--sku', '--sku', [CompletionResultType]::ParameterName, 'Only orders with a line of this SKU')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Only orders with a line of this product (id, sku:SKU or SKU)')
            [CompletionResult]::new('--min-total', '--min-total', [CompletionResultType]::ParameterName, 'Only orders whose total is at least X')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Only orders whose total is at most X')
            [CompletionResult]::new('--external-ref', '--external-ref', [CompletionResultType]::ParameterName, 'Only orders with this external ref; * stands for any text (''STAGING-*'')')
            [CompletionResult]::new('--ids-from', '--ids-from', [CompletionResultType]::ParameterName, 'The orders listed in FILE (- for stdin): an id per line, a CSV with an id column, or NDJSON/JSON with "id"')
            [CompletionResult]::new('--from-search', '--from-search', [CompletionResultType]::ParameterName, 'Only the orders `ecomctl search QUERY` finds with the same filters, every page ('''' for all)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'With --from-search: a raw Meilisearch filter, ANDed with the others')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse a selection larger than N (exit 2) [default: 1000]')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--restock', '--restock', [CompletionResultType]::ParameterName, 'Put the quantities back in stock')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every order (the filters and --max still apply)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would happen (the count, the changes, the refusals, the stock, a sample) and change nothing; exit 4 if any would be refused')
            [CompletionResult]::new('--each', '--each', [CompletionResultType]::ParameterName, 'Change what can be changed and report the rest (default: one refusal changes nothing)')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;orders;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Input format')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Save the refused raw records to FILE (NDJSON), to fix and import again')
            [CompletionResult]::new('--max-errors', '--max-errors', [CompletionResultType]::ParameterName, 'How many record errors to list (at most 100,000: the list is kept in memory)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The CSV field separator (e.g. '';'' as spreadsheets write it in many locales)')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'At the end, success or failure, write the job''s summary (duration, records, outcome, exit code, finish time) to PATH in Prometheus text format, atomically: for node_exporter''s textfile collector')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Write the valid records and report the invalid ones (default: any invalid record means nothing is written)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and report what would happen, without writing')
            [CompletionResult]::new('--no-stock', '--no-stock', [CompletionResultType]::ParameterName, 'Do not take stock (historical loads)')
            [CompletionResult]::new('--no-sync', '--no-sync', [CompletionResultType]::ParameterName, 'Do not push the imported orders to Meilisearch at the end (they stay queued)')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;orders;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;orders;history' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only changes at or after this time')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;orders;watch' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only orders in this state (repeat for several)')
            [CompletionResult]::new('--customer-email', '--customer-email', [CompletionResultType]::ParameterName, 'Only this customer''s orders')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;orders;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an order, taking its quantities out of stock')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one order with its lines')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orders, oldest first, a page at a time')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace an order''s lines (state becomes CHANGED)')
            [CompletionResult]::new('set-state', 'set-state', [CompletionResultType]::ParameterValue, 'Move an order (or many: ids, or a selection) to another state')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete orders (ids, or a selection)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import orders from JSON or NDJSON (file or stdin)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export every order with its lines as NDJSON (or a JSON array) to stdout')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Who changed an order, what and when')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow new orders and state changes as they happen')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecomctl;orders;help;create' {
            break
        }
        'ecomctl;orders;help;get' {
            break
        }
        'ecomctl;orders;help;list' {
            break
        }
        'ecomctl;orders;help;update' {
            break
        }
        'ecomctl;orders;help;set-state' {
            break
        }
        'ecomctl;orders;help;delete' {
            break
        }
        'ecomctl;orders;help;import' {
            break
        }
        'ecomctl;orders;help;export' {
            break
        }
        'ecomctl;orders;help;history' {
            break
        }
        'ecomctl;orders;help;watch' {
            break
        }
        'ecomctl;orders;help;help' {
            break
        }
        'ecomctl;search' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only orders in this state (repeatable)')
            [CompletionResult]::new('--customer-email', '--customer-email', [CompletionResultType]::ParameterName, 'Only orders of this customer')
            [CompletionResult]::new('--sku', '--sku', [CompletionResultType]::ParameterName, 'Only orders with a line of this SKU')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only orders created at or after this time (RFC 3339 or YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only orders created before this time (RFC 3339 or YYYY-MM-DD)')
            [CompletionResult]::new('--min-total', '--min-total', [CompletionResultType]::ParameterName, 'Only orders whose total is at least X')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Only orders whose total is at most X')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'A raw Meilisearch filter expression, ANDed with the other filters')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by FIELD:asc or FIELD:desc (repeatable; created_at_ts, total_price, id)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Hits per page')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--facets', '--facets', [CompletionResultType]::ParameterName, 'Show how many hits fall in each state')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;sync' {
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Orders per Meilisearch request (requests are also capped at 64 MiB). Default: a backlog of up to 50,000 orders as one request, a larger one in requests of 10,000 sent while the next are read')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'With --watch: serve /metrics (Prometheus), /healthz and /readyz on this address (e.g. 127.0.0.1:9187)')
            [CompletionResult]::new('--max-lag', '--max-lag', [CompletionResultType]::ParameterName, 'With --metrics-addr: /readyz answers 503 once the oldest unsent or unconfirmed change is older than this (e.g. 90s, 5m, 1h)')
            [CompletionResult]::new('--verify-rate', '--verify-rate', [CompletionResultType]::ParameterName, 'With --watch: compare this many documents a second with PostgreSQL, walking the whole index again and again, and queue what drifted (0: do not verify)')
            [CompletionResult]::new('--verify-interval', '--verify-interval', [CompletionResultType]::ParameterName, 'With --watch: start a verification pass at most this often')
            [CompletionResult]::new('--max-verify-age', '--max-verify-age', [CompletionResultType]::ParameterName, 'With --metrics-addr: /readyz answers 503 once no verification pass has ended for this long')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'At the end, success or failure, write the job''s summary (duration, records, outcome, exit code, finish time) to PATH in Prometheus text format, atomically: for node_exporter''s textfile collector')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep running and push changes as they happen (Ctrl-C or SIGTERM to stop)')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;reindex' {
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Documents per NDJSON request (requests are also capped at 64 MiB)')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'At the end, success or failure, write the job''s summary (duration, records, outcome, exit code, finish time) to PATH in Prometheus text format, atomically: for node_exporter''s textfile collector')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and count the documents without sending them')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;index' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Create the index if needed and apply ecomctl''s settings')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the index''s documents, settings, indexing state and the outbox backlog')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Compare PostgreSQL and Meilisearch document by document')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecomctl;index;setup' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;index;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;index;check' {
            [CompletionResult]::new('--sample', '--sample', [CompletionResultType]::ParameterName, 'How many ids to list per kind of drift')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'At the end, success or failure, write the job''s summary (duration, records, outcome, exit code, finish time) to PATH in Prometheus text format, atomically: for node_exporter''s textfile collector')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--repair', '--repair', [CompletionResultType]::ParameterName, 'Queue the drifted orders and sync them, then check again')
            [CompletionResult]::new('--fast', '--fast', [CompletionResultType]::ParameterName, 'Compare ids and versions only, not the documents'' content')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;index;help' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Create the index if needed and apply ecomctl''s settings')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the index''s documents, settings, indexing state and the outbox backlog')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Compare PostgreSQL and Meilisearch document by document')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecomctl;index;help;setup' {
            break
        }
        'ecomctl;index;help;status' {
            break
        }
        'ecomctl;index;help;check' {
            break
        }
        'ecomctl;index;help;help' {
            break
        }
        'ecomctl;demo' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Load even if the database is not empty')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;config' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts (the current one marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a context''s settings, secrets masked (default: the one in force)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a context the current one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecomctl;config;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;config;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;config;use' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;config;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts (the current one marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a context''s settings, secrets masked (default: the one in force)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a context the current one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecomctl;config;help;list' {
            break
        }
        'ecomctl;config;help;show' {
            break
        }
        'ecomctl;config;help;use' {
            break
        }
        'ecomctl;config;help;help' {
            break
        }
        'ecomctl;completions' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;man' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;console' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;options' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;doctor' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection URL [default: the docker-compose.yml database, postgres://ecomctl:…@127.0.0.1:5432/ecomctl]')
            [CompletionResult]::new('--meili-url', '--meili-url', [CompletionResultType]::ParameterName, 'Meilisearch URL')
            [CompletionResult]::new('--meili-ca-cert', '--meili-ca-cert', [CompletionResultType]::ParameterName, 'An extra certificate authority (PEM) to trust for Meilisearch over HTTPS, besides the system''s roots (a private deployment)')
            [CompletionResult]::new('--meili-key', '--meili-key', [CompletionResultType]::ParameterName, 'Meilisearch API key (falls back to MEILI_MASTER_KEY)')
            [CompletionResult]::new('--searchable', '--searchable', [CompletionResultType]::ParameterName, 'Which attributes full-text search covers: the whole document, or a compact set (customer, external ref, state, item names and SKUs) that indexes about twice as fast')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Send large document bodies (sync, reindex) gzip-compressed: auto = unless Meilisearch is on a loopback address')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait (and `sync`) may wait for Meilisearch to index, in seconds')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one request to Meilisearch, or connecting to PostgreSQL, may take, in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order, in every format (table and CSV columns, JSON keys): names as in JSON and CSV headers, comma-separated, e.g. id,state,total_price')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression, in-process (implies -o json; with -o ndjson it runs on each line; string results print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with `auto`)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How stderr speaks: lines for a person, or one JSON object per line for a log shipper (level from -q/-v, or RUST_LOG)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `ecomctl config`); its settings apply where no flag is given')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Meilisearch index holding the order documents')
            [CompletionResult]::new('--no-index', '--no-index', [CompletionResultType]::ParameterName, 'Do not push changed orders to Meilisearch; they stay queued for `ecomctl sync`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'After a change, block until Meilisearch has indexed it (read-your-write for scripts)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ecomctl;help' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply the embedded SQL migrations')
            [CompletionResult]::new('products', 'products', [CompletionResultType]::ParameterValue, 'Create, inspect, change and delete products')
            [CompletionResult]::new('orders', 'orders', [CompletionResultType]::ParameterValue, 'Create, inspect, change and delete orders')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Full-text search over orders in Meilisearch')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Push queued order changes (the outbox) to Meilisearch')
            [CompletionResult]::new('reindex', 'reindex', [CompletionResultType]::ParameterValue, 'Rebuild the search index from PostgreSQL with no downtime')
            [CompletionResult]::new('index', 'index', [CompletionResultType]::ParameterValue, 'Set up, inspect and verify the search index')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Load a sample catalogue and orders, reindex, and show a search')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'List, show and choose named contexts (database + Meilisearch settings)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff) to stdout')
            [CompletionResult]::new('console', 'console', [CompletionResultType]::ParameterValue, 'A terminal UI: find orders as you type, see them whole, move them, watch live')
            [CompletionResult]::new('options', 'options', [CompletionResultType]::ParameterValue, 'The global options every command takes: connection, search index, output, prompts')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check PostgreSQL, the schema, Meilisearch, the index and the outbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecomctl;help;migrate' {
            break
        }
        'ecomctl;help;products' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a product')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one product')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List products, oldest first, a page at a time')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a product''s fields or stock (or many products'': a selection)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete products (order lines keep their snapshot)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import products from JSON or NDJSON (file or stdin)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export every product as NDJSON (or a JSON array) to stdout')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Who changed a product, what and when')
            break
        }
        'ecomctl;help;products;create' {
            break
        }
        'ecomctl;help;products;get' {
            break
        }
        'ecomctl;help;products;list' {
            break
        }
        'ecomctl;help;products;update' {
            break
        }
        'ecomctl;help;products;delete' {
            break
        }
        'ecomctl;help;products;import' {
            break
        }
        'ecomctl;help;products;export' {
            break
        }
        'ecomctl;help;products;history' {
            break
        }
        'ecomctl;help;orders' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an order, taking its quantities out of stock')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one order with its lines')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orders, oldest first, a page at a time')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace an order''s lines (state becomes CHANGED)')
            [CompletionResult]::new('set-state', 'set-state', [CompletionResultType]::ParameterValue, 'Move an order (or many: ids, or a selection) to another state')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete orders (ids, or a selection)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import orders from JSON or NDJSON (file or stdin)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export every order with its lines as NDJSON (or a JSON array) to stdout')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Who changed an order, what and when')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow new orders and state changes as they happen')
            break
        }
        'ecomctl;help;orders;create' {
            break
        }
        'ecomctl;help;orders;get' {
            break
        }
        'ecomctl;help;orders;list' {
            break
        }
        'ecomctl;help;orders;update' {
            break
        }
        'ecomctl;help;orders;set-state' {
            break
        }
        'ecomctl;help;orders;delete' {
            break
        }
        'ecomctl;help;orders;import' {
            break
        }
        'ecomctl;help;orders;export' {
            break
        }
        'ecomctl;help;orders;history' {
            break
        }
        'ecomctl;help;orders;watch' {
            break
        }
        'ecomctl;help;search' {
            break
        }
        'ecomctl;help;sync' {
            break
        }
        'ecomctl;help;reindex' {
            break
        }
        'ecomctl;help;index' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Create the index if needed and apply ecomctl''s settings')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the index''s documents, settings, indexing state and the outbox backlog')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Compare PostgreSQL and Meilisearch document by document')
            break
        }
        'ecomctl;help;index;setup' {
            break
        }
        'ecomctl;help;index;status' {
            break
        }
        'ecomctl;help;index;check' {
            break
        }
        'ecomctl;help;demo' {
            break
        }
        'ecomctl;help;config' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts (the current one marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a context''s settings, secrets masked (default: the one in force)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a context the current one')
            break
        }
        'ecomctl;help;config;list' {
            break
        }
        'ecomctl;help;config;show' {
            break
        }
        'ecomctl;help;config;use' {
            break
        }
        'ecomctl;help;completions' {
            break
        }
        'ecomctl;help;man' {
            break
        }
        'ecomctl;help;console' {
            break
        }
        'ecomctl;help;options' {
            break
        }
        'ecomctl;help;doctor' {
            break
        }
        'ecomctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
