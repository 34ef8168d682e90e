;; Values at loop edges. Generated with a model of each function (the expected values are
;; computed outside onepass). Covers:
;; - a local set while its loop home still holds its older value for an operator to come
;;   (`local.tee x` of an address, a load through it, `local.tee x` of the sum, the store
;;   through the address): the new value is held unstored in its own register, and must
;;   reach whatever reads the local next (the same iteration, the next one through the
;;   home, the code after the loop, a call, a block's end), in loops that call and loops
;;   that do not;
;; - a branch back to a loop whose body sets a local before reading it: the local's
;;   unstored value is not stored there, nor its home reloaded, yet the fall-through and
;;   the code after the loop still see it; and the same where the body reads it first;
;; - a local held unstored in a loop and changed in place by its last read there, which
;;   a free register now copies instead of the value being stored at every iteration;
;; - a `br_table` back to a loop, a handler around the loop that reads a local the loop's
;;   start sets after a call that throws, and v128 and reference locals set first;
;; - a value read three times at once (`local.tee t ... (f64.add (local.get t) (local.get
;;   t))`), and a `select` whose comparison reads both of its operands from the register
;;   of the value it replaces.

(module
  (memory 1)
  (data (i32.const 0) "\00\00\00\00\b1\79\37\9e\62\f3\6e\3c\13\6d\a6\da\c4\e6\dd\78\75\60\15\17\26\da\4c\b5\d7\53\84\53\88\cd\bb\f1\39\47\f3\8f\ea\c0\2a\2e\9b\3a\62\cc\4c\b4\99\6a\fd\2d\d1\08\ae\a7\08\a7\5f\21\40\45\10\9b\77\e3\c1\14\af\81\72\8e\e6\1f\23\08\1e\be\d4\81\55\5c\85\fb\8c\fa\36\75\c4\98\e7\ee\fb\36\98\68\33\d5\49\e2\6a\73\fa\5b\a2\11\ab\d5\d9\af\5c\4f\11\4e\0d\c9\48\ec\be\42\80\8a\6f\bc\b7\28\20\36\ef\c6\d1\af\26\65\82\29\5e\03\33\a3\95\a1\e4\1c\cd\3f\95\96\04\de\46\10\3c\7c\f7\89\73\1a\a8\03\ab\b8\59\7d\e2\56\0a\f7\19\f5\bb\70\51\93\6c\ea\88\31\1d\64\c0\cf\ce\dd\f7\6d\7f\57\2f\0c\30\d1\66\aa\e1\4a\9e\48\92\c4\d5\e6\43\3e\0d\85\f4\b7\44\23\a5\31\7c\c1\56\ab\b3\5f\07\25\eb\fd\b8\9e\22\9c\69\18\5a\3a\1a\92\91\d8\cb\0b\c9\76\7c\85\00\15\2d\ff\37\b3\de\78\6f\51\8f\f2\a6\ef")
  (global $g (mut i32) (i32.const 0))
  (func $bump (param i32) (result i32) (global.set $g (i32.add (global.get $g) (local.get 0))) (global.get $g))
  (func (export "reset") (call $reset_memory) (global.set $g (i32.const 0)))
  (func $reset_memory (local $k i32)
    (loop $l
      (i32.store (i32.shl (local.get $k) (i32.const 2)) (i32.mul (local.get $k) (i32.const -1640531535)))
      (br_if $l (i32.ne (local.tee $k (i32.add (local.get $k) (i32.const 1))) (i32.const 64)))))
  (func (export "word") (param i32) (result i32) (i32.load (i32.shl (local.get 0) (i32.const 2))))
  (func (export "busy_home") (param $n i32) (param $step i32) (result i32) (local $x i32) (local $i i32) (local $a i32)
    (loop $l
      (local.tee $x (i32.shl (i32.and (local.get $i) (i32.const 31)) (i32.const 2)))
      (local.set $a (i32.load (local.get $x)))
      (select (local.get $a) (local.tee $x (i32.add (i32.load offset=128 (local.get $x)) (local.get $step)))
        (i32.lt_u (local.get $x) (local.get $a)))
      (i32.store)
      (local.tee $x (i32.shl (i32.or (i32.and (local.get $i) (i32.const 31)) (i32.const 1)) (i32.const 2)))
      (local.set $a (i32.load (local.get $x)))
      (select (local.get $a) (local.tee $x (i32.add (i32.load offset=128 (local.get $x)) (local.get $step)))
        (i32.lt_u (local.get $x) (local.get $a)))
      (i32.store)
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 2))) (local.get $n))))
    (i32.add (local.get $x) (i32.mul (local.get $a) (i32.const 3))))
  (func (export "busy_home_call") (param $n i32) (param $step i32) (result i32) (local $x i32) (local $i i32) (local $a i32)
    (loop $l
      (local.tee $x (i32.shl (i32.and (local.get $i) (i32.const 31)) (i32.const 2)))
      (local.set $a (i32.load (local.get $x)))
      (select (local.get $a) (local.tee $x (i32.add (i32.load offset=128 (local.get $x)) (local.get $step)))
        (i32.gt_u (local.get $x) (local.get $a)))
      (i32.store)
      (drop (call $bump (local.get $x)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (global.get $g) (local.get $x)))
  (func (export "busy_home_exit") (param $n i32) (param $limit i32) (result i32) (local $x i32) (local $i i32)
    (block $out (result i32)
      (loop $l
        (local.tee $x (i32.shl (i32.and (local.get $i) (i32.const 63)) (i32.const 2)))
        (local.tee $x (i32.add (i32.load (local.get $x)) (local.get $x)))
        (i32.store)
        (block $b
          (br_if $b (i32.and (local.get $i) (i32.const 1)))
          (local.set $x (i32.xor (local.get $x) (i32.const 0x5555))))
        (drop (br_if $out (local.get $x) (i32.gt_u (local.get $x) (local.get $limit))))
        (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
      (i32.const -1)))
  (func (export "set_first") (param $n i32) (result i32) (local $i i32) (local $t i32) (local $u i32) (local $acc i32)
    (loop $l
      (local.set $t (i32.add (i32.shl (local.get $i) (i32.const 3)) (i32.const 12)))
      (local.set $acc (i32.add (local.get $acc) (i32.mul (local.get $t) (local.get $u))))
      (local.set $u (i32.add (local.get $t) (local.get $acc)))
      (local.set $t (i32.xor (local.get $t) (local.get $u)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (local.get $t) (i32.add (local.get $u) (local.get $acc))))
  (func (export "set_first_br") (param $n i32) (result f64) (local $i i32) (local $t f64) (local $acc f64)
    (loop $l
      (local.set $t (f64.convert_i32_u (i32.mul (local.get $i) (i32.const 7))))
      (local.set $acc (f64.add (local.get $acc) (local.get $t)))
      (local.set $t (f64.add (local.get $t) (local.get $t)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (if (i32.and (i32.and (local.get $i) (i32.const 1)) (i32.lt_u (local.get $i) (local.get $n)))
        (then (br $l)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (f64.add (local.get $t) (local.get $acc)))
  (func (export "set_first_busy") (param $n i32) (result i32) (local $i i32) (local $t i32) (local $u i32) (local $acc i32) (local $b0 i32) (local $b1 i32) (local $b2 i32) (local $b3 i32) (local $b4 i32)
    (loop $l
      (local.set $b0 (i32.add (i32.mul (local.get $b0) (i32.const 3)) (local.get $i)))
      (local.set $b0 (i32.xor (local.get $b0) (i32.shr_u (local.get $b0) (i32.const 7))))
      (local.set $b1 (i32.add (i32.mul (local.get $b1) (i32.const 3)) (local.get $b0)))
      (local.set $b1 (i32.xor (local.get $b1) (i32.shr_u (local.get $b1) (i32.const 7))))
      (local.set $b2 (i32.add (i32.mul (local.get $b2) (i32.const 3)) (local.get $b1)))
      (local.set $b2 (i32.xor (local.get $b2) (i32.shr_u (local.get $b2) (i32.const 7))))
      (local.set $b3 (i32.add (i32.mul (local.get $b3) (i32.const 3)) (local.get $b2)))
      (local.set $b3 (i32.xor (local.get $b3) (i32.shr_u (local.get $b3) (i32.const 7))))
      (local.set $b4 (i32.add (i32.mul (local.get $b4) (i32.const 3)) (local.get $b3)))
      (local.set $b4 (i32.xor (local.get $b4) (i32.shr_u (local.get $b4) (i32.const 7))))
      (local.set $t (i32.add (i32.shl (local.get $i) (i32.const 3)) (i32.const 12)))
      (local.set $u (i32.add (local.get $u) (local.get $t)))
      (local.set $t (i32.xor (local.get $t) (local.get $u)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (local.get $t) (i32.add (local.get $u) (i32.add (i32.add (i32.add (i32.add (i32.add (i32.const 0) (local.get $b0)) (local.get $b1)) (local.get $b2)) (local.get $b3)) (local.get $b4)))))
  (func (export "set_first_busy_read") (param $n i32) (result i32) (local $i i32) (local $t i32) (local $u i32) (local $acc i32) (local $b0 i32) (local $b1 i32) (local $b2 i32) (local $b3 i32) (local $b4 i32)
    (loop $l
      (local.set $b0 (i32.add (i32.mul (local.get $b0) (i32.const 3)) (local.get $i)))
      (local.set $b0 (i32.xor (local.get $b0) (i32.shr_u (local.get $b0) (i32.const 7))))
      (local.set $b1 (i32.add (i32.mul (local.get $b1) (i32.const 3)) (local.get $b0)))
      (local.set $b1 (i32.xor (local.get $b1) (i32.shr_u (local.get $b1) (i32.const 7))))
      (local.set $b2 (i32.add (i32.mul (local.get $b2) (i32.const 3)) (local.get $b1)))
      (local.set $b2 (i32.xor (local.get $b2) (i32.shr_u (local.get $b2) (i32.const 7))))
      (local.set $b3 (i32.add (i32.mul (local.get $b3) (i32.const 3)) (local.get $b2)))
      (local.set $b3 (i32.xor (local.get $b3) (i32.shr_u (local.get $b3) (i32.const 7))))
      (local.set $b4 (i32.add (i32.mul (local.get $b4) (i32.const 3)) (local.get $b3)))
      (local.set $b4 (i32.xor (local.get $b4) (i32.shr_u (local.get $b4) (i32.const 7))))
      (local.set $u (i32.add (local.get $u) (local.get $t)))
      (local.set $t (i32.add (i32.shl (local.get $i) (i32.const 3)) (i32.const 12)))
      (local.set $t (i32.xor (local.get $t) (local.get $u)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (local.get $t) (i32.add (local.get $u) (i32.add (i32.add (i32.add (i32.add (i32.add (i32.const 0) (local.get $b0)) (local.get $b1)) (local.get $b2)) (local.get $b3)) (local.get $b4)))))
  (func (export "set_first_busy_br") (param $n i32) (result i32) (local $i i32) (local $t i32) (local $u i32) (local $acc i32) (local $b0 i32) (local $b1 i32) (local $b2 i32) (local $b3 i32) (local $b4 i32)
    (loop $l
      (local.set $b0 (i32.add (i32.mul (local.get $b0) (i32.const 3)) (local.get $i)))
      (local.set $b0 (i32.xor (local.get $b0) (i32.shr_u (local.get $b0) (i32.const 7))))
      (local.set $b1 (i32.add (i32.mul (local.get $b1) (i32.const 3)) (local.get $b0)))
      (local.set $b1 (i32.xor (local.get $b1) (i32.shr_u (local.get $b1) (i32.const 7))))
      (local.set $b2 (i32.add (i32.mul (local.get $b2) (i32.const 3)) (local.get $b1)))
      (local.set $b2 (i32.xor (local.get $b2) (i32.shr_u (local.get $b2) (i32.const 7))))
      (local.set $b3 (i32.add (i32.mul (local.get $b3) (i32.const 3)) (local.get $b2)))
      (local.set $b3 (i32.xor (local.get $b3) (i32.shr_u (local.get $b3) (i32.const 7))))
      (local.set $b4 (i32.add (i32.mul (local.get $b4) (i32.const 3)) (local.get $b3)))
      (local.set $b4 (i32.xor (local.get $b4) (i32.shr_u (local.get $b4) (i32.const 7))))
      (local.set $t (i32.mul (local.get $i) (i32.const 7)))
      (local.set $u (i32.add (local.get $u) (local.get $t)))
      (local.set $t (i32.add (local.get $t) (local.get $t)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (if (i32.and (i32.and (local.get $i) (i32.const 1)) (i32.lt_u (local.get $i) (local.get $n)))
        (then
          (local.set $t (i32.add (local.get $t) (i32.const 1)))
          (local.set $u (i32.add (local.get $u) (i32.const 5)))
          (br $l)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (i32.add (local.get $t) (i32.add (local.get $u) (i32.add (i32.add (i32.add (i32.add (i32.add (i32.const 0) (local.get $b0)) (local.get $b1)) (local.get $b2)) (local.get $b3)) (local.get $b4)))))
  (func (export "nested_set_first") (param $n i32) (result i32) (local $i i32) (local $j i32) (local $t i32) (local $acc i32)
    (loop $outer
      (local.set $t (i32.mul (local.get $i) (i32.const 5)))
      (local.set $j (i32.const 0))
      (loop $inner
        (local.set $acc (i32.add (local.get $acc) (i32.xor (local.get $t) (local.get $j))))
        (local.set $t (i32.add (local.get $t) (local.get $acc)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br_if $outer (i32.and (i32.eq (local.get $j) (i32.const 3))
          (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
        (br_if $inner (i32.lt_u (local.get $j) (i32.const 3)))))
    (i32.add (local.get $t) (local.get $acc)))
  (func (export "nested_busy") (param $n i32) (result i32) (local $i i32) (local $j i32) (local $t i32) (local $acc i32) (local $b0 i32) (local $b1 i32) (local $b2 i32) (local $b3 i32) (local $b4 i32)
    (loop $outer
      (local.set $t (i32.mul (local.get $i) (i32.const 5)))
      (local.set $j (i32.const 0))
      (loop $inner
        (local.set $b0 (i32.add (i32.mul (local.get $b0) (i32.const 3)) (local.get $i)))
        (local.set $b0 (i32.xor (local.get $b0) (i32.shr_u (local.get $b0) (i32.const 7))))
        (local.set $b1 (i32.add (i32.mul (local.get $b1) (i32.const 3)) (local.get $b0)))
        (local.set $b1 (i32.xor (local.get $b1) (i32.shr_u (local.get $b1) (i32.const 7))))
        (local.set $b2 (i32.add (i32.mul (local.get $b2) (i32.const 3)) (local.get $b1)))
        (local.set $b2 (i32.xor (local.get $b2) (i32.shr_u (local.get $b2) (i32.const 7))))
        (local.set $b3 (i32.add (i32.mul (local.get $b3) (i32.const 3)) (local.get $b2)))
        (local.set $b3 (i32.xor (local.get $b3) (i32.shr_u (local.get $b3) (i32.const 7))))
        (local.set $b4 (i32.add (i32.mul (local.get $b4) (i32.const 3)) (local.get $b3)))
        (local.set $b4 (i32.xor (local.get $b4) (i32.shr_u (local.get $b4) (i32.const 7))))
        (local.set $acc (i32.add (local.get $acc) (i32.xor (local.get $t) (local.get $j))))
        (local.set $t (i32.add (local.get $t) (local.get $acc)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br_if $outer (i32.and (i32.eq (local.get $j) (i32.const 3))
          (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
        (br_if $inner (i32.lt_u (local.get $j) (i32.const 3)))))
    (i32.add (local.get $t) (i32.add (local.get $acc) (i32.add (i32.add (i32.add (i32.add (i32.add (i32.const 0) (local.get $b0)) (local.get $b1)) (local.get $b2)) (local.get $b3)) (local.get $b4)))))
  (func (export "kept_unstored") (param $n i32) (param $a i32) (param $b i32) (result i32) (local $i i32) (local $t i32) (local $acc i32) (local $b0 i32) (local $b1 i32) (local $b2 i32) (local $b3 i32) (local $b4 i32)
    (loop $l
      (local.set $b0 (i32.add (i32.mul (local.get $b0) (i32.const 3)) (local.get $i)))
      (local.set $b0 (i32.xor (local.get $b0) (i32.shr_u (local.get $b0) (i32.const 7))))
      (local.set $b1 (i32.add (i32.mul (local.get $b1) (i32.const 3)) (local.get $b0)))
      (local.set $b1 (i32.xor (local.get $b1) (i32.shr_u (local.get $b1) (i32.const 7))))
      (local.set $b2 (i32.add (i32.mul (local.get $b2) (i32.const 3)) (local.get $b1)))
      (local.set $b2 (i32.xor (local.get $b2) (i32.shr_u (local.get $b2) (i32.const 7))))
      (local.set $b3 (i32.add (i32.mul (local.get $b3) (i32.const 3)) (local.get $b2)))
      (local.set $b3 (i32.xor (local.get $b3) (i32.shr_u (local.get $b3) (i32.const 7))))
      (local.set $b4 (i32.add (i32.mul (local.get $b4) (i32.const 3)) (local.get $b3)))
      (local.set $b4 (i32.xor (local.get $b4) (i32.shr_u (local.get $b4) (i32.const 7))))
      (local.set $acc (i32.add (local.get $acc)
        (i32.load (i32.and (i32.add (local.tee $t (i32.mul (local.get $i) (local.get $a))) (i32.const 4)) (i32.const 252)))))
      (local.set $acc (i32.xor (local.get $acc) (i32.add (local.get $t) (local.get $b))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (i32.add (local.get $acc) (local.get $t)) (i32.add (i32.add (i32.add (i32.add (i32.add (i32.const 0) (local.get $b0)) (local.get $b1)) (local.get $b2)) (local.get $b3)) (local.get $b4))))
  (tag $e)
  (func $maybe_throw (param i32) (if (i32.eq (local.get 0) (i32.const 5)) (then (throw $e))))
  (func (export "table_edge") (param $n i32) (result i32) (local $i i32) (local $t i32) (local $acc i32)
    (block $exit
      (loop $l
        (local.set $t (i32.add (i32.mul (local.get $i) (i32.const 3)) (i32.const 1)))
        (local.set $acc (i32.add (local.get $acc) (local.get $t)))
        (local.set $t (i32.xor (local.get $t) (local.get $acc)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_table $l $exit (i32.ge_u (local.get $i) (local.get $n)))))
    (i32.add (local.get $t) (local.get $acc)))
  (func (export "handler_reads") (param $n i32) (result i32) (local $i i32) (local $t i32)
    (block $caught
      (try_table (catch $e $caught)
        (loop $l
          (call $maybe_throw (local.get $i))
          (local.set $t (i32.mul (local.get $i) (i32.const 3)))
          (local.set $t (i32.add (local.get $t) (i32.const 1)))
          (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))))
    (local.get $t))
  (func (export "v128_first") (param $n i32) (result i32) (local $i i32) (local $v v128) (local $acc i32)
    (loop $l
      (local.set $v (i32x4.splat (local.get $i)))
      (local.set $v (i32x4.add (local.get $v) (v128.const i32x4 1 2 3 4)))
      (local.set $acc (i32.add (local.get $acc) (i32x4.extract_lane 1 (local.get $v))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (local.get $acc) (i32x4.extract_lane 3 (local.get $v))))
  (func (export "ref_first") (param $p externref) (param $n i32) (result i32) (local $i i32) (local $r externref)
    (loop $l
      (local.set $r (select (result externref) (local.get $p) (ref.null extern) (i32.and (local.get $i) (i32.const 1))))
      (local.set $r (select (result externref) (ref.null extern) (local.get $r) (i32.eq (local.get $i) (i32.const 7))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (ref.is_null (local.get $r)))
  (func (export "triple") (param $p f64) (param $q f64) (result f64) (local $t f64)
    (local.tee $t (f64.mul (local.get $p) (local.get $q)))
    (f64.sub (local.get $q) (f64.add (local.get $t) (local.get $t)))
    (f64.add (f64.mul (local.get $t) (local.get $p)))
    (f64.add))
  (func (export "triple_i") (param $p i32) (param $q i32) (result i32) (local $t i32)
    (local.tee $t (i32.mul (local.get $p) (local.get $q)))
    (i32.sub (local.get $q) (i32.add (local.get $t) (local.get $t)))
    (i32.add (i32.mul (local.get $t) (local.get $p)))
    (i32.add))
  (func (export "select_both") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.set $q (i32.mul (local.get $q) (i32.const 3)))
    (select (local.get $q) (local.tee $x (i32.add (local.get $p) (i32.const 1)))
      (i32.lt_s (local.get $x) (local.get $x)))
    (i32.add (local.get $q)))
  (func (export "select_both_le") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.set $q (i32.mul (local.get $q) (i32.const 3)))
    (select (local.get $q) (local.tee $x (i32.add (local.get $p) (i32.const 1)))
      (i32.le_s (local.get $x) (local.get $x)))
    (i32.add (local.get $q)))
  (func (export "select_negated") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (select (local.get $q) (local.tee $x (i32.add (local.get $p) (i32.const 1)))
      (i32.lt_s (local.get $x) (i32.sub (i32.const 0) (local.get $x))))
    (i32.add (local.get $x)))
  (func (export "select_owned_below") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.tee $x (i32.add (local.get $p) (i32.const 1)))
    (select (local.get $q) (local.get $x) (i32.lt_s (local.get $x) (local.get $x)))
    (i32.add (local.get $x))
    (i32.mul))
)

(invoke "reset")

(assert_return (invoke "busy_home" (i32.const 2) (i32.const 0)) (i32.const 1070406884))

(assert_return (invoke "word" (i32.const 0)) (i32.const -957401568))

(assert_return (invoke "word" (i32.const 1)) (i32.const -1640531535))

(assert_return (invoke "word" (i32.const 5)) (i32.const 387276917))

(assert_return (invoke "word" (i32.const 30)) (i32.const -1971305794))

(assert_return (invoke "word" (i32.const 31)) (i32.const 683129967))

(invoke "reset")

(assert_return (invoke "busy_home" (i32.const 10) (i32.const 7)) (i32.const 113005323))

(assert_return (invoke "word" (i32.const 0)) (i32.const -957401561))

(assert_return (invoke "word" (i32.const 1)) (i32.const -1640531535))

(assert_return (invoke "word" (i32.const 5)) (i32.const -570124644))

(assert_return (invoke "word" (i32.const 30)) (i32.const -1971305794))

(assert_return (invoke "word" (i32.const 31)) (i32.const 683129967))

(invoke "reset")

(assert_return (invoke "busy_home" (i32.const 64) (i32.const -2147483648)) (i32.const -1097086404))

(assert_return (invoke "word" (i32.const 0)) (i32.const 1190082080))

(assert_return (invoke "word" (i32.const 1)) (i32.const -450449455))

(assert_return (invoke "word" (i32.const 5)) (i32.const 1577358997))

(assert_return (invoke "word" (i32.const 30)) (i32.const -781223714))

(assert_return (invoke "word" (i32.const 31)) (i32.const 1873212047))

(invoke "reset")

(assert_return (invoke "busy_home" (i32.const 33) (i32.const 1)) (i32.const 1070406885))

(assert_return (invoke "word" (i32.const 0)) (i32.const -957401567))

(assert_return (invoke "word" (i32.const 1)) (i32.const -1640531535))

(assert_return (invoke "word" (i32.const 5)) (i32.const -570124650))

(assert_return (invoke "word" (i32.const 30)) (i32.const -1971305794))

(assert_return (invoke "word" (i32.const 31)) (i32.const -274271600))

(invoke "reset")

(assert_return (invoke "busy_home_call" (i32.const 1) (i32.const 3)) (i32.const -1914803130))

(assert_return (invoke "word" (i32.const 0)) (i32.const 0))

(assert_return (invoke "word" (i32.const 1)) (i32.const -1640531535))

(assert_return (invoke "word" (i32.const 8)) (i32.const -239350392))

(assert_return (invoke "word" (i32.const 31)) (i32.const 683129967))

(invoke "reset")

(assert_return (invoke "busy_home_call" (i32.const 9) (i32.const 100)) (i32.const -153023596))

(assert_return (invoke "word" (i32.const 0)) (i32.const 0))

(assert_return (invoke "word" (i32.const 1)) (i32.const 1697034293))

(assert_return (invoke "word" (i32.const 8)) (i32.const -1196751860))

(assert_return (invoke "word" (i32.const 31)) (i32.const 683129967))

(invoke "reset")

(assert_return (invoke "busy_home_call" (i32.const 40) (i32.const -5)) (i32.const 157357174))

(assert_return (invoke "word" (i32.const 0)) (i32.const 0))

(assert_return (invoke "word" (i32.const 1)) (i32.const 1697034188))

(assert_return (invoke "word" (i32.const 8)) (i32.const -1196751965))

(assert_return (invoke "word" (i32.const 31)) (i32.const 683129967))

(invoke "reset")

(assert_return (invoke "busy_home_exit" (i32.const 1) (i32.const -1)) (i32.const -1))

(assert_return (invoke "word" (i32.const 0)) (i32.const 0))

(assert_return (invoke "word" (i32.const 1)) (i32.const -1640531535))

(assert_return (invoke "word" (i32.const 2)) (i32.const 1013904226))

(assert_return (invoke "word" (i32.const 19)) (i32.const -1105328093))

(invoke "reset")

(assert_return (invoke "busy_home_exit" (i32.const 20) (i32.const -1)) (i32.const -1))

(assert_return (invoke "word" (i32.const 0)) (i32.const 0))

(assert_return (invoke "word" (i32.const 1)) (i32.const -1640531531))

(assert_return (invoke "word" (i32.const 2)) (i32.const 1013904234))

(assert_return (invoke "word" (i32.const 19)) (i32.const -1105328017))

(invoke "reset")

(assert_return (invoke "busy_home_exit" (i32.const 20) (i32.const -268435456)) (i32.const -239363843))

(assert_return (invoke "word" (i32.const 0)) (i32.const 0))

(assert_return (invoke "word" (i32.const 1)) (i32.const -1640531531))

(assert_return (invoke "word" (i32.const 2)) (i32.const 1013904234))

(assert_return (invoke "word" (i32.const 19)) (i32.const -1105328093))

(invoke "reset")

(assert_return (invoke "busy_home_exit" (i32.const 64) (i32.const 268435456)) (i32.const -1640531531))

(assert_return (invoke "word" (i32.const 0)) (i32.const 0))

(assert_return (invoke "word" (i32.const 1)) (i32.const -1640531531))

(assert_return (invoke "word" (i32.const 2)) (i32.const 1013904226))

(assert_return (invoke "word" (i32.const 19)) (i32.const -1105328093))

(invoke "reset")

(invoke "reset")

(assert_return (invoke "kept_unstored" (i32.const 1) (i32.const 3) (i32.const 5)) (i32.const -1640531532))

(assert_return (invoke "kept_unstored" (i32.const 10) (i32.const 12) (i32.const -1)) (i32.const 1635057323))

(assert_return (invoke "kept_unstored" (i32.const 300) (i32.const 65537) (i32.const 77)) (i32.const -772783509))

(assert_return (invoke "table_edge" (i32.const 1)) (i32.const 1))

(assert_return (invoke "handler_reads" (i32.const 1)) (i32.const 1))

(assert_return (invoke "v128_first" (i32.const 1)) (i32.const 6))

(assert_return (invoke "ref_first" (ref.extern 1) (i32.const 1)) (i32.const 1))

(assert_return (invoke "table_edge" (i32.const 2)) (i32.const 6))

(assert_return (invoke "handler_reads" (i32.const 2)) (i32.const 4))

(assert_return (invoke "v128_first" (i32.const 2)) (i32.const 10))

(assert_return (invoke "ref_first" (ref.extern 1) (i32.const 2)) (i32.const 0))

(assert_return (invoke "table_edge" (i32.const 5)) (i32.const 81))

(assert_return (invoke "handler_reads" (i32.const 5)) (i32.const 13))

(assert_return (invoke "v128_first" (i32.const 5)) (i32.const 28))

(assert_return (invoke "ref_first" (ref.extern 1) (i32.const 5)) (i32.const 1))

(assert_return (invoke "table_edge" (i32.const 6)) (i32.const 86))

(assert_return (invoke "handler_reads" (i32.const 6)) (i32.const 13))

(assert_return (invoke "v128_first" (i32.const 6)) (i32.const 36))

(assert_return (invoke "ref_first" (ref.extern 1) (i32.const 6)) (i32.const 0))

(assert_return (invoke "table_edge" (i32.const 8)) (i32.const 166))

(assert_return (invoke "handler_reads" (i32.const 8)) (i32.const 13))

(assert_return (invoke "v128_first" (i32.const 8)) (i32.const 55))

(assert_return (invoke "ref_first" (ref.extern 1) (i32.const 8)) (i32.const 1))

(assert_return (invoke "table_edge" (i32.const 9)) (i32.const 225))

(assert_return (invoke "handler_reads" (i32.const 9)) (i32.const 13))

(assert_return (invoke "v128_first" (i32.const 9)) (i32.const 66))

(assert_return (invoke "ref_first" (ref.extern 1) (i32.const 9)) (i32.const 1))

(assert_return (invoke "table_edge" (i32.const 40)) (i32.const 4742))

(assert_return (invoke "handler_reads" (i32.const 40)) (i32.const 13))

(assert_return (invoke "v128_first" (i32.const 40)) (i32.const 903))

(assert_return (invoke "ref_first" (ref.extern 1) (i32.const 40)) (i32.const 0))

(assert_return (invoke "set_first" (i32.const 1)) (i32.const 12))

(assert_return (invoke "set_first_br" (i32.const 1)) (f64.const 0x0.0p+0))

(assert_return (invoke "nested_set_first" (i32.const 1)) (i32.const 9))

(assert_return (invoke "set_first" (i32.const 2)) (i32.const 772))

(assert_return (invoke "set_first_br" (i32.const 2)) (f64.const 0x1.5000000000000p+4))

(assert_return (invoke "nested_set_first" (i32.const 2)) (i32.const 9))

(assert_return (invoke "set_first" (i32.const 3)) (i32.const 22588))

(assert_return (invoke "set_first_br" (i32.const 3)) (f64.const 0x1.8800000000000p+5))

(assert_return (invoke "nested_set_first" (i32.const 3)) (i32.const 9))

(assert_return (invoke "set_first" (i32.const 17)) (i32.const -1988040308))

(assert_return (invoke "set_first_br" (i32.const 17)) (f64.const 0x1.2600000000000p+10))

(assert_return (invoke "nested_set_first" (i32.const 17)) (i32.const 343276))

(assert_return (invoke "set_first" (i32.const 1000)) (i32.const 15650036))

(assert_return (invoke "set_first_br" (i32.const 1000)) (f64.const 0x1.ac86b00000000p+21))

(assert_return (invoke "nested_set_first" (i32.const 1000)) (i32.const -2061047276))

(assert_return (invoke "set_first_busy" (i32.const 1)) (i32.const 12))

(assert_return (invoke "set_first_busy_read" (i32.const 1)) (i32.const 12))

(assert_return (invoke "set_first_busy_br" (i32.const 1)) (i32.const 0))

(assert_return (invoke "nested_busy" (i32.const 1)) (i32.const 64))

(assert_return (invoke "set_first_busy" (i32.const 2)) (i32.const 89))

(assert_return (invoke "set_first_busy_read" (i32.const 2)) (i32.const 41))

(assert_return (invoke "set_first_busy_br" (i32.const 2)) (i32.const 31))

(assert_return (invoke "nested_busy" (i32.const 2)) (i32.const 64))

(assert_return (invoke "set_first_busy" (i32.const 3)) (i32.const 147))

(assert_return (invoke "set_first_busy_read" (i32.const 3)) (i32.const 147))

(assert_return (invoke "set_first_busy_br" (i32.const 3)) (i32.const 109))

(assert_return (invoke "nested_busy" (i32.const 3)) (i32.const 64))

(assert_return (invoke "set_first_busy" (i32.const 17)) (i32.const -951020769))

(assert_return (invoke "set_first_busy_read" (i32.const 17)) (i32.const -948926465))

(assert_return (invoke "set_first_busy_br" (i32.const 17)) (i32.const -951022253))

(assert_return (invoke "nested_busy" (i32.const 17)) (i32.const 693958296))

(assert_return (invoke "set_first_busy" (i32.const 1000)) (i32.const 912505395))

(assert_return (invoke "set_first_busy_read" (i32.const 1000)) (i32.const 904477603))

(assert_return (invoke "set_first_busy_br" (i32.const 1000)) (i32.const 907998601))

(assert_return (invoke "nested_busy" (i32.const 1000)) (i32.const -432900292))

(assert_return (invoke "triple" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.0000000000000p+1)) (f64.const 0x1.c000000000000p+1))

(assert_return (invoke "triple" (f64.const -0x1.a000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const 0x1.da00000000000p+2))

(assert_return (invoke "triple" (f64.const 0x1.4e718d7d7625ap+664) (f64.const 0x1.bff2ee48e0530p-333)) (f64.const 0x1.7e43c8800759cp+996))

(assert_return (invoke "triple_i" (i32.const 3) (i32.const 5)) (i32.const 35))

(assert_return (invoke "triple_i" (i32.const -7) (i32.const 11)) (i32.const 627))

(assert_return (invoke "triple_i" (i32.const 65536) (i32.const 65537)) (i32.const 1))

(assert_return (invoke "select_both" (i32.const 5) (i32.const 100)) (i32.const 306))

(assert_return (invoke "select_both_le" (i32.const 5) (i32.const 100)) (i32.const 600))

(assert_return (invoke "select_negated" (i32.const 5) (i32.const 100)) (i32.const 12))

(assert_return (invoke "select_owned_below" (i32.const 5) (i32.const 100)) (i32.const 72))

(assert_return (invoke "select_both" (i32.const -5) (i32.const 100)) (i32.const 296))

(assert_return (invoke "select_both_le" (i32.const -5) (i32.const 100)) (i32.const 600))

(assert_return (invoke "select_negated" (i32.const -5) (i32.const 100)) (i32.const 96))

(assert_return (invoke "select_owned_below" (i32.const -5) (i32.const 100)) (i32.const 32))

(assert_return (invoke "select_both" (i32.const -1) (i32.const 7)) (i32.const 21))

(assert_return (invoke "select_both_le" (i32.const -1) (i32.const 7)) (i32.const 42))

(assert_return (invoke "select_negated" (i32.const -1) (i32.const 7)) (i32.const 0))

(assert_return (invoke "select_owned_below" (i32.const -1) (i32.const 7)) (i32.const 0))

(assert_return (invoke "select_both" (i32.const 2147483647) (i32.const 3)) (i32.const -2147483639))

(assert_return (invoke "select_both_le" (i32.const 2147483647) (i32.const 3)) (i32.const 18))

(assert_return (invoke "select_negated" (i32.const 2147483647) (i32.const 3)) (i32.const 0))

(assert_return (invoke "select_owned_below" (i32.const 2147483647) (i32.const 3)) (i32.const 0))
