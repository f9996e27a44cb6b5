/**
 * restaurants.ddl written as a drizzle-orm pg-core schema, for drizzle-seed (bench part c).
 * Same tables, columns, types, keys and enums as ../shared/fixtures/ddl/restaurants.ddl
 * (MySQL AUTO_INCREMENT → serial, DATETIME → timestamp, ENUM → pgEnum).
 */
import { boolean, date, integer, numeric, pgEnum, pgTable, serial, text, timestamp, varchar } from 'drizzle-orm/pg-core';

export const cuisineType = pgEnum('cuisine_type', ['Italian', 'Mexican', 'American', 'Chinese', 'Indian', 'Other']);
export const paymentMethod = pgEnum('payment_method', ['Credit Card', 'Cash', 'Online Payment', 'Gift Card']);
export const orderStatus = pgEnum('order_status', ['Pending', 'Processing', 'Shipped', 'Delivered', 'Cancelled', 'Refunded']);
export const menuCategory = pgEnum('menu_category', ['Appetizer', 'Main Course', 'Dessert', 'Beverage', 'Special']);
export const vehicleType = pgEnum('vehicle_type', ['Car', 'Motorcycle', 'Bicycle']);
export const availability = pgEnum('availability_status', ['Available', 'Busy', 'Unavailable']);

export const restaurants = pgTable('restaurants', {
  restaurantId: serial('restaurant_id').primaryKey(),
  name: varchar('name', { length: 255 }).notNull(),
  address: varchar('address', { length: 255 }).notNull(),
  city: varchar('city', { length: 100 }).notNull(),
  state: varchar('state', { length: 50 }).notNull(),
  zipCode: varchar('zip_code', { length: 10 }),
  phoneNumber: varchar('phone_number', { length: 20 }),
  cuisineType: cuisineType('cuisine_type').notNull(),
  openingHours: varchar('opening_hours', { length: 255 }),
  rating: numeric('rating', { precision: 3, scale: 2 }),
});

export const customers = pgTable('customers', {
  customerId: serial('customer_id').primaryKey(),
  firstName: varchar('first_name', { length: 100 }).notNull(),
  lastName: varchar('last_name', { length: 100 }).notNull(),
  email: varchar('email', { length: 255 }).notNull().unique(),
  phoneNumber: varchar('phone_number', { length: 20 }),
  address: varchar('address', { length: 255 }),
  city: varchar('city', { length: 100 }),
  state: varchar('state', { length: 50 }),
  zipCode: varchar('zip_code', { length: 10 }),
  registrationDate: timestamp('registration_date').defaultNow(),
});

export const orders = pgTable('orders', {
  orderId: serial('order_id').primaryKey(),
  customerId: integer('customer_id').notNull().references(() => customers.customerId),
  restaurantId: integer('restaurant_id').notNull().references(() => restaurants.restaurantId),
  orderDate: timestamp('order_date').defaultNow(),
  totalAmount: numeric('total_amount', { precision: 10, scale: 2 }).notNull(),
  paymentMethod: paymentMethod('payment_method').notNull(),
  orderStatus: orderStatus('order_status').default('Pending'),
  deliveryAddress: varchar('delivery_address', { length: 255 }),
});

export const menu = pgTable('menu', {
  menuId: serial('menu_id').primaryKey(),
  restaurantId: integer('restaurant_id').notNull().references(() => restaurants.restaurantId),
  itemName: varchar('item_name', { length: 255 }).notNull(),
  description: text('description'),
  price: numeric('price', { precision: 10, scale: 2 }).notNull(),
  category: menuCategory('category').notNull(),
  available: boolean('available').default(true),
});

export const orderItems = pgTable('order_items', {
  orderItemId: serial('order_item_id').primaryKey(),
  orderId: integer('order_id').notNull().references(() => orders.orderId),
  menuId: integer('menu_id').notNull().references(() => menu.menuId),
  quantity: integer('quantity').notNull(),
  subtotal: numeric('subtotal', { precision: 10, scale: 2 }).notNull(),
  specialInstructions: text('special_instructions'),
});

export const reviews = pgTable('reviews', {
  reviewId: serial('review_id').primaryKey(),
  restaurantId: integer('restaurant_id').notNull().references(() => restaurants.restaurantId),
  customerId: integer('customer_id').notNull().references(() => customers.customerId),
  rating: integer('rating').notNull(),
  reviewText: text('review_text'),
  reviewDate: timestamp('review_date').defaultNow(),
});

export const deliveryDrivers = pgTable('delivery_drivers', {
  driverId: serial('driver_id').primaryKey(),
  firstName: varchar('first_name', { length: 100 }).notNull(),
  lastName: varchar('last_name', { length: 100 }).notNull(),
  vehicleType: vehicleType('vehicle_type').notNull(),
  licenseNumber: varchar('license_number', { length: 20 }).notNull().unique(),
  phoneNumber: varchar('phone_number', { length: 20 }),
  availabilityStatus: availability('availability_status').default('Available'),
  joinDate: date('join_date'),
  terminationDate: date('termination_date'),
});

export const restaurantsSchema = { cuisineType, paymentMethod, orderStatus, menuCategory, vehicleType, availability, restaurants, customers, orders, menu, orderItems, reviews, deliveryDrivers };

/** The same tables as SQL (drizzle-seed needs them to exist; drizzle-kit is not a dependency). */
export const RESTAURANTS_PG_DDL = `
CREATE TYPE cuisine_type AS ENUM ('Italian', 'Mexican', 'American', 'Chinese', 'Indian', 'Other');
CREATE TYPE payment_method AS ENUM ('Credit Card', 'Cash', 'Online Payment', 'Gift Card');
CREATE TYPE order_status AS ENUM ('Pending', 'Processing', 'Shipped', 'Delivered', 'Cancelled', 'Refunded');
CREATE TYPE menu_category AS ENUM ('Appetizer', 'Main Course', 'Dessert', 'Beverage', 'Special');
CREATE TYPE vehicle_type AS ENUM ('Car', 'Motorcycle', 'Bicycle');
CREATE TYPE availability_status AS ENUM ('Available', 'Busy', 'Unavailable');
CREATE TABLE restaurants (restaurant_id serial PRIMARY KEY, name varchar(255) NOT NULL, address varchar(255) NOT NULL, city varchar(100) NOT NULL, state varchar(50) NOT NULL, zip_code varchar(10), phone_number varchar(20), cuisine_type cuisine_type NOT NULL, opening_hours varchar(255), rating numeric(3,2));
CREATE TABLE customers (customer_id serial PRIMARY KEY, first_name varchar(100) NOT NULL, last_name varchar(100) NOT NULL, email varchar(255) NOT NULL UNIQUE, phone_number varchar(20), address varchar(255), city varchar(100), state varchar(50), zip_code varchar(10), registration_date timestamp DEFAULT now());
CREATE TABLE orders (order_id serial PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers, restaurant_id integer NOT NULL REFERENCES restaurants, order_date timestamp DEFAULT now(), total_amount numeric(10,2) NOT NULL, payment_method payment_method NOT NULL, order_status order_status DEFAULT 'Pending', delivery_address varchar(255));
CREATE TABLE menu (menu_id serial PRIMARY KEY, restaurant_id integer NOT NULL REFERENCES restaurants, item_name varchar(255) NOT NULL, description text, price numeric(10,2) NOT NULL, category menu_category NOT NULL, available boolean DEFAULT true);
CREATE TABLE order_items (order_item_id serial PRIMARY KEY, order_id integer NOT NULL REFERENCES orders, menu_id integer NOT NULL REFERENCES menu, quantity integer NOT NULL, subtotal numeric(10,2) NOT NULL, special_instructions text);
CREATE TABLE reviews (review_id serial PRIMARY KEY, restaurant_id integer NOT NULL REFERENCES restaurants, customer_id integer NOT NULL REFERENCES customers, rating integer NOT NULL CHECK (rating >= 1 AND rating <= 5), review_text text, review_date timestamp DEFAULT now());
CREATE TABLE delivery_drivers (driver_id serial PRIMARY KEY, first_name varchar(100) NOT NULL, last_name varchar(100) NOT NULL, vehicle_type vehicle_type NOT NULL, license_number varchar(20) NOT NULL UNIQUE, phone_number varchar(20), availability_status availability_status DEFAULT 'Available', join_date date, termination_date date);
`;
