package io.sightline.demo.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

/** Creates and fills the shop's tables: products in categories, their stock, carts, and empty order tables. */
final class Catalogue {
    static final int CATEGORIES = 40;
    private static final String[] ADJECTIVES = {"Classic", "Compact", "Deluxe", "Eco", "Pro", "Smart", "Urban", "Vintage"};
    private static final String[] NOUNS = {"Backpack", "Blender", "Chair", "Headphones", "Kettle", "Lamp", "Mug", "Tent"};

    private Catalogue() {
    }

    static void seed(Connection c, int products, int carts) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE products(id INT PRIMARY KEY, category INT NOT NULL, name VARCHAR(100) NOT NULL,"
                    + " description VARCHAR(400), price DECIMAL(10,2) NOT NULL, popularity INT NOT NULL)");
            s.execute("CREATE INDEX products_by_category ON products(category, popularity)");
            s.execute("CREATE TABLE stock(product_id INT PRIMARY KEY, quantity INT NOT NULL, reserved INT NOT NULL,"
                    + " version INT NOT NULL)");
            s.execute("CREATE TABLE carts(id INT PRIMARY KEY, customer_id INT NOT NULL, updated_at TIMESTAMP)");
            s.execute("CREATE TABLE cart_items(cart_id INT NOT NULL, product_id INT NOT NULL, quantity INT NOT NULL,"
                    + " PRIMARY KEY(cart_id, product_id))");
            s.execute("CREATE TABLE orders(id BIGINT AUTO_INCREMENT PRIMARY KEY, cart_id INT NOT NULL,"
                    + " total DECIMAL(12,2) NOT NULL, status VARCHAR(20) NOT NULL, created_at TIMESTAMP NOT NULL)");
            s.execute("CREATE TABLE order_lines(order_id BIGINT NOT NULL, product_id INT NOT NULL, quantity INT NOT NULL,"
                    + " price DECIMAL(10,2) NOT NULL)");
            s.execute("CREATE INDEX order_lines_by_order ON order_lines(order_id)");
        }
        Random random = new Random(42);
        insertProducts(c, products, random);
        try (PreparedStatement cart = c.prepareStatement("INSERT INTO carts VALUES (?, ?, CURRENT_TIMESTAMP)")) {
            for (int id = 1; id <= carts; id++) {
                cart.setInt(1, id);
                cart.setInt(2, 10_000 + id);
                cart.addBatch();
            }
            cart.executeBatch();
        }
    }

    private static void insertProducts(Connection c, int products, Random random) throws SQLException {
        try (PreparedStatement product = c.prepareStatement("INSERT INTO products VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement stock = c.prepareStatement("INSERT INTO stock VALUES (?, ?, 0, 0)")) {
            for (int id = 1; id <= products; id++) {
                String name = ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)]
                        + " " + id;
                product.setInt(1, id);
                product.setInt(2, 1 + id % CATEGORIES);
                product.setString(3, name);
                product.setString(4, "The " + name + ", a customer favourite in category " + (1 + id % CATEGORIES) + ".");
                product.setBigDecimal(5, java.math.BigDecimal.valueOf(499 + random.nextInt(20_000), 2));
                product.setInt(6, random.nextInt(100_000));
                product.addBatch();
                stock.setInt(1, id);
                stock.setInt(2, 1_000_000);
                stock.addBatch();
            }
            product.executeBatch();
            stock.executeBatch();
        }
    }
}
