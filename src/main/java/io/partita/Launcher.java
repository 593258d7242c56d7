package io.partita;
public final class Launcher { public static void main(String[] a) {} }
