//! One component per file. Components render state and send actions; they compute no loads.

pub mod bar_view;
pub mod data_panel;
pub mod day_switch;
pub mod device_check;
pub mod exercise_card;
pub mod gear_fields;
pub mod gym_list;
pub mod import_panel;
pub mod lift_chart;
pub mod lift_history;
pub mod number_field;
pub mod own_schemes;
pub mod plan_library;
pub mod program_list;
pub mod rest_timer_bar;
pub mod rule_fields;
pub mod scheme_editor;
pub mod scheme_picker;
pub mod session_editor;
pub mod set_fix;
pub mod set_row;
pub mod settings_panel;
