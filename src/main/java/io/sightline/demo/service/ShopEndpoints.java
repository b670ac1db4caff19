package io.sightline.demo.service;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The shop's endpoints and their JDBC work. Like many services built on open-session-in-view, each request keeps
 * its connection while the page is rendered; these render times are what make the pool's size matter at a few
 * dozen requests per second, as it did in the real outage.
 */
final class ShopEndpoints {
    static final long BROWSE_RENDER_MS = 50;
    static final long CART_RENDER_MS = 80;
    static final long CHECKOUT_PRICING_MS = 100;
    private static final int PRODUCTS = 5000;

    /** A response: status and JSON body. */
    record Response(int status, String body) {
    }

    private record Line(int product, int quantity, BigDecimal price) {
    }

    private final DataSource dataSource;
    private final PaymentClient payments;
    /** A defect a faulty release ships: the declined-payment path does not close its connection. */
    private final boolean leakOnDecline;

    ShopEndpoints(DataSource dataSource, PaymentClient payments, boolean leakOnDecline) {
        this.dataSource = dataSource;
        this.payments = payments;
        this.leakOnDecline = leakOnDecline;
    }

    Response browse(Map<String, String> query, int recommendations) throws SQLException, InterruptedException {
        int category = intParam(query, "category", 1);
        StringBuilder body = new StringBuilder("{\"category\":").append(category).append(",\"products\":[");
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT p.id, p.name, p.price, s.quantity - s.reserved"
                     + " FROM products p JOIN stock s ON s.product_id = p.id WHERE p.category = ?"
                     + " ORDER BY p.popularity DESC LIMIT 20")) {
            s.setInt(1, category);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    body.append("{\"id\":").append(rs.getInt(1)).append(",\"name\":\"").append(rs.getString(2))
                            .append("\",\"price\":").append(rs.getBigDecimal(3)).append("},");
                }
            }
            Thread.sleep(BROWSE_RENDER_MS);
        }
        body.setLength(body.length() - 1);
        return new Response(200, body.append("],\"recommended\":").append(recommendations).append('}').toString());
    }

    Response cart(Map<String, String> query) throws SQLException, InterruptedException {
        int cart = intParam(query, "cart", 1);
        int product = intParam(query, "product", 1);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int available = available(c, product);
                execute(c, "MERGE INTO cart_items KEY(cart_id, product_id) VALUES (?, ?, 1)", cart, product);
                execute(c, "UPDATE carts SET updated_at = CURRENT_TIMESTAMP WHERE id = ?", cart);
                execute(c, "UPDATE stock SET reserved = reserved + 1 WHERE product_id = ?", product);
                c.commit();
                Thread.sleep(CART_RENDER_MS);
                return new Response(200, "{\"cart\":" + cart + ",\"product\":" + product + ",\"available\":" + available + "}");
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    Response checkout(Map<String, String> query) throws Exception {
        int cart = intParam(query, "cart", 1);
        long order;
        BigDecimal total;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Line> lines = cartLines(c, cart);
                Thread.sleep(CHECKOUT_PRICING_MS);
                total = lines.stream().map(l -> l.price.multiply(BigDecimal.valueOf(l.quantity)))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                order = placeOrder(c, cart, lines, total);
                c.commit();
            } catch (SQLException | RuntimeException | InterruptedException e) {
                c.rollback();
                throw e;
            }
        }
        boolean approved = payments.charge(order, total.toPlainString());
        return settle(order, approved);
    }

    private Response settle(long order, boolean approved) throws SQLException {
        Connection c = dataSource.getConnection();
        boolean returnConnection = true;
        try {
            execute(c, "UPDATE orders SET status = ? WHERE id = ?", approved ? "PAID" : "DECLINED", order);
            if (approved) {
                return new Response(200, "{\"order\":" + order + ",\"status\":\"paid\"}");
            }
            // The faulty release's early return on a decline skips close(): the connection never returns.
            returnConnection = !leakOnDecline;
            return new Response(402, "{\"order\":" + order + ",\"status\":\"declined\"}");
        } finally {
            if (returnConnection) {
                c.close();
            }
        }
    }

    private static List<Line> cartLines(Connection c, int cart) throws SQLException {
        List<Line> lines = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT i.product_id, i.quantity, p.price FROM cart_items i"
                + " JOIN products p ON p.id = i.product_id WHERE i.cart_id = ?")) {
            s.setInt(1, cart);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(new Line(rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3)));
                }
            }
        }
        if (lines.isEmpty()) {
            // "Buy now" without a cart: one product straight to checkout.
            int product = 1 + ThreadLocalRandom.current().nextInt(PRODUCTS);
            try (PreparedStatement s = c.prepareStatement("SELECT price FROM products WHERE id = ?")) {
                s.setInt(1, product);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    lines.add(new Line(product, 1, rs.getBigDecimal(1)));
                }
            }
        }
        return lines;
    }

    private static long placeOrder(Connection c, int cart, List<Line> lines, BigDecimal total) throws SQLException {
        long order;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO orders(cart_id, total, status, created_at)"
                + " VALUES (?, ?, 'PENDING', CURRENT_TIMESTAMP)", Statement.RETURN_GENERATED_KEYS)) {
            s.setInt(1, cart);
            s.setBigDecimal(2, total);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                order = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO order_lines VALUES (?, ?, ?, ?)");
             PreparedStatement stock = c.prepareStatement("UPDATE stock SET quantity = quantity - ?,"
                     + " reserved = GREATEST(reserved - ?, 0) WHERE product_id = ?")) {
            for (Line line : lines) {
                s.setLong(1, order);
                s.setInt(2, line.product);
                s.setInt(3, line.quantity);
                s.setBigDecimal(4, line.price);
                s.addBatch();
                stock.setInt(1, line.quantity);
                stock.setInt(2, line.quantity);
                stock.setInt(3, line.product);
                stock.addBatch();
            }
            s.executeBatch();
            stock.executeBatch();
        }
        execute(c, "DELETE FROM cart_items WHERE cart_id = ?", cart);
        return order;
    }

    private static int available(Connection c, int product) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT quantity - reserved FROM stock WHERE product_id = ?")) {
            s.setInt(1, product);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private static int intParam(Map<String, String> query, String name, int fallback) {
        try {
            return Integer.parseInt(query.getOrDefault(name, Integer.toString(fallback)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("query parameter " + name + " is not a number: " + query.get(name), e);
        }
    }
}
