package org.kumiai.domain.coop;

/** What a store sells; decides, later, which purses pay there. */
public enum StoreKind {
  SHOP,
  BOOKSTORE,
  CAFETERIA
}
