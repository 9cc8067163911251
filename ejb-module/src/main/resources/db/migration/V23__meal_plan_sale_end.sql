-- The day staff stopped a meal plan's sale before its planned last day (NULL: it runs to sale_to).
ALTER TABLE meal_plan ADD COLUMN sale_ended_on DATE;
