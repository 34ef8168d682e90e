;; The results onepass gives where relaxed SIMD lets an implementation choose: the same on
;; every ISA (ARCHITECTURE.md, "Relaxed SIMD").

(module
  (func (export "trunc_s") (param v128) (result v128) (i32x4.relaxed_trunc_f32x4_s (local.get 0)))
  (func (export "trunc_u") (param v128) (result v128) (i32x4.relaxed_trunc_f32x4_u (local.get 0)))
  (func (export "trunc_s_zero") (param v128) (result v128) (i32x4.relaxed_trunc_f64x2_s_zero (local.get 0)))
  (func (export "trunc_u_zero") (param v128) (result v128) (i32x4.relaxed_trunc_f64x2_u_zero (local.get 0)))
  (func (export "madd") (param v128 v128 v128) (result v128) (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "nmadd") (param v128 v128 v128) (result v128) (f64x2.relaxed_nmadd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "laneselect") (param v128 v128 v128) (result v128) (i32x4.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  (func (export "min") (param v128 v128) (result v128) (f32x4.relaxed_min (local.get 0) (local.get 1)))
  (func (export "max") (param v128 v128) (result v128) (f64x2.relaxed_max (local.get 0) (local.get 1)))
  (func (export "swizzle") (param v128 v128) (result v128) (i8x16.relaxed_swizzle (local.get 0) (local.get 1)))
  (func (export "q15") (param v128 v128) (result v128) (i16x8.relaxed_q15mulr_s (local.get 0) (local.get 1)))
  (func (export "dot") (param v128 v128) (result v128) (i16x8.relaxed_dot_i8x16_i7x16_s (local.get 0) (local.get 1)))
  (func (export "dot_add") (param v128 v128 v128) (result v128)
    (i32x4.relaxed_dot_i8x16_i7x16_add_s (local.get 0) (local.get 1) (local.get 2))))

;; Truncation saturates, and NaN gives 0.
(assert_return (invoke "trunc_s" (v128.const f32x4 nan 3e9 -3e9 -1.5))
  (v128.const i32x4 0 0x7fffffff 0x80000000 -1))
(assert_return (invoke "trunc_u" (v128.const f32x4 nan 5e9 -1 1.5))
  (v128.const i32x4 0 0xffffffff 0 1))
(assert_return (invoke "trunc_s_zero" (v128.const f64x2 nan -3e9))
  (v128.const i32x4 0 0x80000000 0 0))
(assert_return (invoke "trunc_u_zero" (v128.const f64x2 5e9 -1))
  (v128.const i32x4 0xffffffff 0 0 0))
;; Multiply-add is not fused: (1 + 2^-23)^2 rounds to 1 + 2^-22 before the addition.
(assert_return (invoke "madd" (v128.const f32x4 0x1.000002p0 1 1 1) (v128.const f32x4 0x1.000002p0 1 1 1)
                              (v128.const f32x4 -0x1.000004p0 0 0 0))
  (v128.const f32x4 0 1 1 1))
(assert_return (invoke "nmadd" (v128.const f64x2 0x1.0000000000001p0 2) (v128.const f64x2 0x1.0000000000001p0 3)
                               (v128.const f64x2 0x1.0000000000002p0 7))
  (v128.const f64x2 0 1))
;; Lane select is a bitwise select, whatever the mask's lanes hold.
(assert_return (invoke "laneselect" (v128.const i32x4 0xffffffff 0xffffffff 0 0) (v128.const i32x4 0 0 0xffffffff 0xffffffff)
                                    (v128.const i32x4 0xf0f0f0f0 0 0xffffffff 0x80000000))
  (v128.const i32x4 0xf0f0f0f0 0 0 0x7fffffff))
;; Min and max follow the non-relaxed rules: NaN wins, -0 is below +0.
(assert_return (invoke "min" (v128.const f32x4 nan 0 -0 1) (v128.const f32x4 1 -0 0 nan))
  (v128.const f32x4 nan:canonical -0 -0 nan:canonical))
(assert_return (invoke "max" (v128.const f64x2 -0 nan) (v128.const f64x2 0 1))
  (v128.const f64x2 0 nan:canonical))
;; Swizzle indexes past 15 give 0.
(assert_return (invoke "swizzle" (v128.const i8x16 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16)
                                 (v128.const i8x16 0 15 16 17 31 32 127 128 255 1 2 3 4 5 6 7))
  (v128.const i8x16 1 16 0 0 0 0 0 0 0 2 3 4 5 6 7 8))
;; q15mulr saturates -1 * -1.
(assert_return (invoke "q15" (v128.const i16x8 0x8000 0x8000 1 0 0 0 0 0) (v128.const i16x8 0x8000 0x4000 0x8000 0 0 0 0 0))
  (v128.const i16x8 0x7fff 0xc000 -1 0 0 0 0 0))
;; The dot products multiply signed bytes exactly (even a right-hand byte past 127) and add
;; pairs with 16-bit wrap-around.
(assert_return (invoke "dot" (v128.const i8x16 -128 -128 2 3 0 0 0 0 0 0 0 0 0 0 0 0)
                             (v128.const i8x16 -128 -128 4 -5 0 0 0 0 0 0 0 0 0 0 0 0))
  (v128.const i16x8 -32768 -7 0 0 0 0 0 0))
(assert_return (invoke "dot_add" (v128.const i8x16 1 2 3 4 -1 -2 -3 -4 0 0 0 0 0 0 0 0)
                                 (v128.const i8x16 5 6 7 8 1 1 1 1 0 0 0 0 0 0 0 0)
                                 (v128.const i32x4 100 200 300 400))
  (v128.const i32x4 170 190 300 400))
