-- Room on each page of `products` for a new version of every row, so that
-- stock changes are HOT updates: stock and updated_at are in no index, and a
-- HOT update writes no index entries. Measured on an orders import of a
-- million orders taking stock from a million products: the stock update
-- went from 27.5 s to 6.8 s (every update HOT), the import from 120 s to
-- 104 s. Half-full pages let even an update of every product (an import)
-- stay on its page; single orders leave room to spare. It applies to pages
-- written from now on: `VACUUM FULL products` (which locks the table while
-- it rewrites it) applies it to an existing catalogue.
ALTER TABLE products SET (fillfactor = 50);
